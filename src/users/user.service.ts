import { findPlan } from "../plans/plan.repository";
import { isInRegionScope } from "../regions/region-scope";
import { randomUUID } from "node:crypto";
import { asc, eq, like } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { users } from "../db/schema/index";
import { AppError, notFound } from "../errors/app-error";
import { hashPassword } from "../auth/password-hash";
import { checkPasswordPolicy } from "../auth/password-policy";
import { findUserByUsername, type UserRow } from "../auth/user-lookup";
import { stateDigest } from "../audit/audit-chain";
import type { RequestAuditInput } from "../server/audit-request";
import { findRegion } from "../regions/region.repository";
import { regionSubtreePattern } from "../regions/region-scope";
import { findUnit } from "../units/unit.repository";
import { ADMIN_ROLES, type Role } from "../shared/roles";
import type { UserDto } from "../shared/api";

export interface NewUserInput {
  username: string;
  displayName: string;
  regionCode: string;
  unitId: string | null;
  planId?: string | null;
  roles: Role[];
  password: string;
  mustChangePassword: boolean;
  /** The application clock's time (creation and password age count from it); the database's time otherwise. */
  now?: Date;
}

type RecordAudit = (input: RequestAuditInput) => Promise<void>;

/** No account may hold two of the system, security and audit administrator roles (三权分立). */
export function assertAdminRolesSeparated(roles: readonly Role[]): void {
  if (roles.filter((role) => ADMIN_ROLES.includes(role)).length > 1) throw new AppError("ADMIN_ROLES_COMBINED");
}

/** Only an evaluator is assigned a plan, and only one in the account's region subtree. */
async function assertPlanAssignment(tx: DbOrTx, roles: readonly Role[], regionCode: string, planId: string | null): Promise<void> {
  if (planId === null) return;
  if (!roles.includes("evaluator")) {
    throw new AppError("VALIDATION_FAILED", { reason: "只有评估人员可以指定评估的规划", reasonEn: "only an evaluator is assigned a plan" });
  }
  const plan = await findPlan(tx, planId);
  if (!plan || !isInRegionScope(regionCode, plan.regionCode)) throw notFound("规划", "Plan");
}

/** Creates an account after checking the password rules, role separation, region and unit. */
export async function createUser(tx: DbOrTx, input: NewUserInput, record: RecordAudit): Promise<UserRow> {
  assertAdminRolesSeparated(input.roles);
  const verdict = checkPasswordPolicy(input.password, input.username);
  if (!verdict.ok) throw new AppError("WEAK_PASSWORD", { reason: verdict.reason, reasonEn: verdict.reasonEn });
  if (!(await findRegion(tx, input.regionCode))) throw notFound(`行政区划 ${input.regionCode}`, `Region ${input.regionCode}`);
  if (input.unitId) {
    const unit = await findUnit(tx, input.unitId);
    if (!unit || unit.regionCode !== input.regionCode) throw notFound("所属单位", "Unit");
  }
  await assertPlanAssignment(tx, input.roles, input.regionCode, input.planId ?? null);
  if (input.roles.includes("liaison") && !input.unitId) {
    throw new AppError("VALIDATION_FAILED", { reason: "责任单位联络员必须指定所属单位 / a unit liaison needs a unit" });
  }
  if (await findUserByUsername(tx, input.username)) {
    throw new AppError("CONFLICT", { reason: `用户名 ${input.username} 已被使用`, reasonEn: `Username ${input.username} is taken` });
  }
  const rows = await tx
    .insert(users)
    .values({
      id: randomUUID(),
      username: input.username.trim(),
      displayName: input.displayName,
      regionCode: input.regionCode,
      unitId: input.unitId,
      planId: input.planId ?? null,
      roles: input.roles,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword,
      ...(input.now ? { createdAt: input.now, passwordChangedAt: input.now } : {}),
    })
    .returning();
  const row = rows[0];
  await record({ action: "user.create", objectType: "user", objectId: row.id, outcome: "success", regionCode: row.regionCode, afterDigest: stateDigest(presentUser(row)), detail: { roles: row.roles } });
  return row;
}

export async function listUsers(db: DbOrTx, scopeCode: string): Promise<UserRow[]> {
  return db.select().from(users).where(like(users.regionCode, regionSubtreePattern(scopeCode))).orderBy(asc(users.username));
}

export async function countUsers(db: DbOrTx): Promise<number> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length;
}

export async function updateUser(
  tx: DbOrTx,
  before: UserRow,
  { resetSecondFactor, ...patch }: { displayName?: string; unitId?: string | null; planId?: string | null; roles?: Role[]; active?: boolean; resetSecondFactor?: true },
  record: RecordAudit,
  now: Date,
): Promise<UserRow> {
  if (patch.roles) assertAdminRolesSeparated(patch.roles);
  if (patch.roles || patch.planId !== undefined) {
    await assertPlanAssignment(tx, patch.roles ?? (before.roles as Role[]), before.regionCode, patch.planId === undefined ? before.planId : patch.planId);
  }
  // Re-enabling restarts the 90-day inactivity clock, or the next login would disable it again.
  const reactivated = patch.active === true && !before.active;
  if (patch.unitId) {
    const unit = await findUnit(tx, patch.unitId);
    if (!unit || unit.regionCode !== before.regionCode) throw notFound("所属单位", "Unit");
  }
  const rows = await tx
    .update(users)
    .set({
      ...patch,
      ...(reactivated ? { reactivatedAt: now, failedCount: 0, lockedUntil: null } : {}),
      ...(resetSecondFactor ? { totpSecret: null, totpPendingSecret: null, totpLastStep: null, totpEnrolledAt: null } : {}),
      version: before.version + 1,
    })
    .where(eq(users.id, before.id))
    .returning();
  const row = rows[0];
  await record({ action: "user.update", objectType: "user", objectId: row.id, outcome: "success", regionCode: row.regionCode, beforeDigest: stateDigest(presentUser(before)), afterDigest: stateDigest(presentUser(row)), detail: { roles: row.roles, active: row.active, ...(resetSecondFactor ? { secondFactorReset: true } : {}) } });
  return row;
}

/** The only shape in which an account leaves the server: never the hash or the failure counters. */
export function presentUser(row: UserRow): UserDto {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    regionCode: row.regionCode,
    unitId: row.unitId,
    planId: row.planId,
    roles: row.roles as Role[],
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    lockedUntil: row.lockedUntil ? row.lockedUntil.toISOString() : null,
    secondFactorEnrolled: row.totpSecret !== null,
  };
}
