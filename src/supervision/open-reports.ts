import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { refreshPlanLights } from "./light-facts";

/**
 * Opens a draft report for the lead unit and one for each partner unit of every milestone of a
 * plan that has none yet. Called by the plan import in its transaction. The report of a task's
 * last milestone is its final report (its acceptance makes the task done). One set-based INSERT,
 * so a plan of a thousand rows opens its reports in one statement; the light facts follow.
 */
export async function openReportsForPlan(tx: DbOrTx, regionCode: string, planId: string, now: Date): Promise<number> {
  const result = await tx.execute(sql`
    INSERT INTO reports (region_code, id, plan_id, task_id, milestone_id, due, unit_id, role, is_final, updated_at)
    SELECT m.region_code, gen_random_uuid(), m.plan_id, m.task_id, m.id, m.due, tu.unit_id, tu.role,
           CASE WHEN m.due = max(m.due) OVER (PARTITION BY m.task_id) THEN 1 ELSE 0 END, ${now}
    FROM milestones m
    JOIN task_units tu ON tu.region_code = m.region_code AND tu.task_id = m.task_id
    WHERE m.region_code = ${regionCode} AND m.plan_id = ${planId}
    ON CONFLICT (region_code, milestone_id, unit_id) DO NOTHING`);
  await refreshPlanLights(tx, regionCode, planId);
  return affectedRows(result);
}

function affectedRows(result: unknown): number {
  if (typeof result === "object" && result !== null) {
    const record = result as { rowCount?: unknown; affectedRows?: unknown };
    if (typeof record.rowCount === "number") return record.rowCount;
    if (typeof record.affectedRows === "number") return record.affectedRows;
  }
  return 0;
}
