/** Roles of the system (DESIGN.md "Who uses it"). The three admin roles are mutually exclusive (三权分立). */
export const ROLES = [
  "office",
  "liaison",
  "leader",
  "evaluator",
  "registry-clerk",
  "system-admin",
  "security-admin",
  "audit-admin",
] as const;
export type Role = (typeof ROLES)[number];

export const ADMIN_ROLES: readonly Role[] = ["system-admin", "security-admin", "audit-admin"];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  office: { zh: "残工委办公室", en: "Committee office" },
  liaison: { zh: "责任单位联络员", en: "Unit liaison" },
  leader: { zh: "分管领导", en: "Leader" },
  evaluator: { zh: "评估人员", en: "Evaluator" },
  "registry-clerk": { zh: "残疾人信息管理员", en: "Registry clerk" },
  "system-admin": { zh: "系统管理员", en: "System administrator" },
  "security-admin": { zh: "安全管理员", en: "Security administrator" },
  "audit-admin": { zh: "审计管理员", en: "Audit administrator" },
};

/** Permissions that API routes declare. */
export const PERMISSIONS = [
  "public",
  "session",
  "region.read",
  "region.write",
  "unit.read",
  "unit.write",
  "user.read",
  "user.write",
  "audit.read",
  "plan.read",
  "plan.import",
  "plan.manage",
  "report.read",
  "report.write",
  "report.review",
  "notice.read",
  "notice.issue",
  "notice.respond",
  "supervision.export",
  "indicator.read",
  "indicator.enter",
  "indicator.review",
  "evaluation.read",
  "evaluation.write",
  "evaluation.manage",
  "plan.publish",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Which roles hold which permission; the route table and its test are checked against this. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  office: ["session", "region.read", "unit.read", "unit.write", "user.read", "plan.read", "plan.import", "plan.manage",
    "report.read", "report.review", "notice.read", "notice.issue", "supervision.export",
    "indicator.read", "indicator.enter", "indicator.review", "evaluation.read", "evaluation.write", "evaluation.manage", "plan.publish"],
  liaison: ["session", "region.read", "unit.read", "plan.read", "report.read", "report.write", "notice.read", "notice.respond",
    "indicator.read", "indicator.enter"],
  leader: ["session", "region.read", "unit.read", "plan.read", "report.read", "notice.read", "supervision.export",
    "indicator.read", "evaluation.read"],
  evaluator: ["session", "region.read", "unit.read", "plan.read", "report.read", "notice.read",
    "indicator.read", "evaluation.read", "evaluation.write"],
  "registry-clerk": ["session", "region.read", "unit.read"],
  "system-admin": ["session", "region.read", "region.write", "unit.read", "unit.write", "user.read", "user.write"],
  "security-admin": ["session", "region.read", "unit.read", "user.read"],
  "audit-admin": ["session", "audit.read"],
};

export function roleHas(roles: readonly Role[], permission: Permission): boolean {
  if (permission === "public") return true;
  return roles.some((role) => ROLE_PERMISSIONS[role].includes(permission));
}
