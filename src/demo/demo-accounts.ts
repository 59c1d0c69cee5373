import { randomBytes } from "node:crypto";
import type { Role } from "../shared/roles";

export interface DemoAccount {
  username: string;
  displayName: string;
  regionCode: string;
  unitName: string | null;
  roles: Role[];
}

/** The demo's people: one per role, so every screen can be tried. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "office", displayName: "残工委办公室（演示）", regionCode: "000000", unitName: null, roles: ["office"] },
  { username: "linzi-office", displayName: "临淄区残工委办公室", regionCode: "370305", unitName: null, roles: ["office"] },
  { username: "linzi-minzheng", displayName: "临淄区民政局联络员", regionCode: "370305", unitName: "区民政局", roles: ["liaison"] },
  { username: "leader", displayName: "分管领导（演示）", regionCode: "000000", unitName: null, roles: ["leader"] },
  { username: "evaluator", displayName: "第三方评估（演示）", regionCode: "000000", unitName: null, roles: ["evaluator"] },
  { username: "sysadmin", displayName: "系统管理员", regionCode: "000000", unitName: null, roles: ["system-admin"] },
  { username: "secadmin", displayName: "安全管理员", regionCode: "000000", unitName: null, roles: ["security-admin"] },
  { username: "auditor", displayName: "审计管理员", regionCode: "000000", unitName: null, roles: ["audit-admin"] },
];

/** A random password that meets the policy: four classes, 16 characters, printed once. */
export function randomPassword(): string {
  const body = randomBytes(12).toString("base64url").replace(/[-_]/g, "x");
  return `Xk-${body}7a`;
}
