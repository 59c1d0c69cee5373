import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { taskUnits } from "../db/schema/index";
import type { SessionUser } from "../server/context";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";

/**
 * Whose records a user sees: the office, leaders and evaluators see their region subtree
 * (evaluators are not yet limited to one plan: users carry no plan id); a liaison sees the tasks
 * its unit is assigned to. Anything outside answers 404, like a missing record.
 */
export type Viewer =
  | { kind: "region"; userId: string; regionCode: string; prefix: string }
  | { kind: "unit"; userId: string; regionCode: string; unitId: string | null };

export function viewerOf(user: SessionUser): Viewer {
  if (user.roles.some((role) => role === "office" || role === "leader" || role === "evaluator")) {
    return { kind: "region", userId: user.id, regionCode: user.regionCode, prefix: regionPrefix(user.regionCode) };
  }
  return { kind: "unit", userId: user.id, regionCode: user.regionCode, unitId: user.unitId };
}

/** Can the viewer read records of this task (region scope, or its unit is on the task)? */
export async function canSeeTask(db: DbOrTx, viewer: Viewer, regionCode: string, taskId: string): Promise<boolean> {
  if (viewer.kind === "region") return isInRegionScope(viewer.regionCode, regionCode);
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
