import { roleHas, type Permission, type Role } from "../../../src/shared/roles";

/** One entry of the left navigation; labels are Chinese source strings translated at render time. */
export interface NavigationItem {
  path: string;
  label: string;
  /** Opened in a new tab instead of inside the shell (the public portal has its own look). */
  external?: boolean;
  children?: NavigationItem[];
}

interface NavigationRule extends NavigationItem {
  visible: (roles: readonly Role[]) => boolean;
  children?: NavigationRule[];
}

const can = (permission: Permission) => (roles: readonly Role[]) => roleHas(roles, permission);
// The audit administrator is kept apart from the business (三权分立) and only sees the audit log.
const worksInShell = (roles: readonly Role[]) => roles.some((role) => role !== "audit-admin");

const RULES: NavigationRule[] = [
  { path: "/", label: "工作台", visible: worksInShell },
  { path: "/cockpit", label: "驾驶舱", visible: can("evaluation.read") },
  { path: "/plans", label: "规划", visible: can("plan.read") },
  { path: "/tasks", label: "任务", visible: can("plan.read") },
  { path: "/supervision", label: "督办", visible: can("plan.read") },
  { path: "/indicators", label: "指标", visible: can("plan.read") },
  { path: "/evaluations", label: "评估", visible: can("plan.read") },
  { path: "/public", label: "公开", external: true, visible: worksInShell },
  {
    path: "/settings",
    label: "设置",
    visible: () => true,
    children: [
      { path: "/settings/regions", label: "行政区划", visible: can("region.write") },
      { path: "/settings/units", label: "责任单位", visible: can("unit.write") },
      { path: "/settings/users", label: "用户", visible: can("user.read") },
      { path: "/settings/audit", label: "审计日志", visible: can("audit.read") },
    ],
  },
];

/** The navigation this user may see; a group without visible children disappears. */
export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  const pick = (rules: NavigationRule[]): NavigationItem[] =>
    rules.flatMap((rule): NavigationItem[] => {
      if (!rule.visible(roles)) return [];
      const { path, label, external } = rule;
      if (!rule.children) return [{ path, label, external }];
      const children = pick(rule.children);
      return children.length > 0 ? [{ path, label, children }] : [];
    });
  return pick(RULES);
}

/** Where a user lands after login: the first page of their navigation. */
export function homePathFor(roles: readonly Role[]): string {
  const first = navigationFor(roles).find((item) => !item.external);
  return first?.children?.[0]?.path ?? first?.path ?? "/";
}
