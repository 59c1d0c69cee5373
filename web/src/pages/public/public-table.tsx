import { useId, type CSSProperties } from "react";
import { Table, type TableProps } from "antd";

/**
 * A portal table: its caption names it, and when it is wider than the screen (large fonts, phones) it
 * scrolls inside a labelled region that takes keyboard focus, so the hidden columns can be reached
 * with the arrow keys too (WCAG 2.1.1). `minWidth` is in em so that it grows with the chosen font size.
 */
export function PublicTable<T extends object>({ caption, minWidth, ...props }: Omit<TableProps<T>, "caption" | "scroll"> & { caption: string; minWidth: number }) {
  const captionId = useId();
  return (
    <div className="xk-public-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0} style={{ "--xk-table-min-width": `${minWidth}em` } as CSSProperties}>
      <Table<T> {...props} caption={<span id={captionId}>{caption}</span>} pagination={false} />
    </div>
  );
}
