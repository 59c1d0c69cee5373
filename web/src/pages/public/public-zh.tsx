/**
 * Plan data (titles, tasks, unit names, progress texts, findings) is always written in Chinese; marked as such,
 * a screen reader keeps a Chinese voice for it when the interface is in English (WCAG 3.1.2).
 */
export function Zh({ children }: { children: string | null | undefined }) {
  return children ? <span lang="zh-CN">{children}</span> : <>—</>;
}
