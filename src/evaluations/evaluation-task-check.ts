import type { DbOrTx } from "../db/client";
import { AppError } from "../errors/app-error";
import { scoredTasks } from "./evaluation-data";
import { planTasks, type EvaluationRow } from "./evaluation.repository";

/** A few of the ids for a message; the error's details carry all of them. */
function listed(values: readonly string[]): string {
  const shown = values.slice(0, 3).join("、");
  return values.length > 3 ? `${shown} 等 ${values.length} 项` : shown;
}

/**
 * Refuses, naming them, the task ids a score cannot go to: ids outside the evaluation's plan (404, like any
 * record out of reach) and grouping rows with sub-items (400), which are never scored themselves.
 */
export async function requireScorableTasks(db: DbOrTx, evaluation: EvaluationRow, taskIds: readonly string[]): Promise<void> {
  const rows = await planTasks(db, evaluation.regionCode, evaluation.planId);
  const known = new Map(rows.map((row) => [row.id, row]));
  const unknown = taskIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError("NOT_FOUND", { what: `任务 ${listed(unknown)}`, whatEn: `Task ${listed(unknown)}` }, { details: { taskIds: unknown } });
  }
  const leaves = new Set(scoredTasks(rows).map((row) => row.id));
  const groups = taskIds.filter((id) => !leaves.has(id));
  if (groups.length > 0) {
    const nos = listed(groups.map((id) => known.get(id)?.no ?? id));
    throw new AppError("VALIDATION_FAILED", { reason: `任务 ${nos} 下有子项，只对子项评分 / task ${nos} groups sub-items; only they are scored` }, { details: { taskIds: groups } });
  }
}
