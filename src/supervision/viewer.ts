import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { tasks, taskUnits } from "../db/schema/index";
import type { SessionUser } from "../server/context";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";

/**
 * Whose records a user sees: the office, leaders and evaluators see their region subtree (an
 * evaluator assigned to one plan only that plan: `planId`); a liaison sees the tasks its unit is
 * assigned to. Anything outside answers 404, like a missing record.
 */
export type Viewer =
  | { kind: "region"; userId: string; regionCode: string; prefix: string; planId: string | null }
  | { kind: "unit"; userId: string; regionCode: string; unitId: string | null };

export function viewerOf(user: SessionUser): Viewer {
  if (user.roles.some((role) => role === "office" || role === "leader" || role === "evaluator")) {
    return { kind: "region", userId: user.id, regionCode: user.regionCode, prefix: regionPrefix(user.regionCode), planId: planLimitOf(user) };
  }
  return { kind: "unit", userId: user.id, regionCode: user.regionCode, unitId: user.unitId };
}

/** The one plan a user is limited to: an evaluator's assignment (the office and leaders of the same account are not limited). */
export function planLimitOf(user: SessionUser): string | null {
  const limited = user.roles.includes("evaluator") && !user.roles.some((role) => role === "office" || role === "leader");
  return limited ? user.planId : null;
}

/** The plan a list is narrowed to: the viewer's one plan wins; asking for another plan finds nothing. */
export function listPlanId(viewer: Viewer, requested: string | undefined): string | undefined {
  if (viewer.kind !== "region" || viewer.planId === null) return requested;
  return requested === undefined || requested === viewer.planId ? viewer.planId : NO_PLAN;
}

/** A plan id that matches no plan, so that an out-of-scope filter answers an empty list. */
export const NO_PLAN = "00000000-0000-0000-0000-000000000000";

/** Can the viewer read records of this task (region scope, or its unit is on the task)? */
export async function canSeeTask(db: DbOrTx, viewer: Viewer, regionCode: string, taskId: string): Promise<boolean> {
  if (viewer.kind === "region") {
    if (!isInRegionScope(viewer.regionCode, regionCode)) return false;
    if (viewer.planId === null) return true;
    const rows = await db.select({ planId: tasks.planId }).from(tasks).where(and(eq(tasks.regionCode, regionCode), eq(tasks.id, taskId))).limit(1);
    return rows[0]?.planId === viewer.planId;
  }
  if (!viewer.unitId) return false;
  const rows = await db
    .select({ unitId: taskUnits.unitId })
    .from(taskUnits)
    .where(and(eq(taskUnits.regionCode, regionCode), eq(taskUnits.taskId, taskId), eq(taskUnits.unitId, viewer.unitId)))
    .limit(1);
  return rows.length > 0;
}

/** Writes by a unit: only its own unit's records. */
export function isOwnUnit(user: SessionUser, unitId: string): boolean {
  return user.unitId !== null && user.unitId === unitId;
}

/** Office writes: only inside the user's region subtree. */
export function isInOfficeScope(user: SessionUser, regionCode: string): boolean {
  return isInRegionScope(user.regionCode, regionCode);
}
