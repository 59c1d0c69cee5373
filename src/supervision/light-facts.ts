import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";

/**
 * Maintains task_unit_lights from the reports: one row per (task, unit) holding the day ranges on
 * which it is red or yellow (see `factsOf` in lights.ts, which this SQL mirrors). Report writes
 * refresh their task in the same transaction, so the lights "as of" any day are one containment
 * test per row; the bench refreshes everything with the same statement.
 */
export function refreshLightFactsSql(filter: SQL): SQL {
  return sql`
    INSERT INTO task_unit_lights (region_code, task_id, unit_id, plan_id, role, active_from, done_on, red, yellow)
    SELECT r.region_code, r.task_id, r.unit_id, r.plan_id, min(r.role),
           min(r.due) - max(p.warning_days),
           min(r.accepted_on) FILTER (WHERE r.is_final = 1),
           coalesce(range_agg(daterange(r.due + 1, r.accepted_on, '[)'))
             FILTER (WHERE r.accepted_on IS NULL OR r.accepted_on > r.due + 1), '{}'::datemultirange),
           coalesce(range_agg(daterange(r.due - p.warning_days, least(r.due + 1, r.accepted_on), '[)'))
             FILTER (WHERE least(r.due + 1, r.accepted_on) > r.due - p.warning_days), '{}'::datemultirange)
    FROM reports r
    JOIN plans p ON p.region_code = r.region_code AND p.id = r.plan_id
    WHERE ${filter}
    GROUP BY r.region_code, r.task_id, r.unit_id, r.plan_id
    ON CONFLICT (region_code, task_id, unit_id) DO UPDATE SET
      plan_id = excluded.plan_id, role = excluded.role, active_from = excluded.active_from,
      done_on = excluded.done_on, red = excluded.red, yellow = excluded.yellow`;
}

export async function refreshTaskLights(tx: DbOrTx, regionCode: string, taskId: string): Promise<void> {
  await tx.execute(refreshLightFactsSql(sql`r.region_code = ${regionCode} AND r.task_id = ${taskId}`));
}

export async function refreshPlanLights(tx: DbOrTx, regionCode: string, planId: string): Promise<void> {
  await tx.execute(refreshLightFactsSql(sql`r.region_code = ${regionCode} AND r.plan_id = ${planId}`));
}

/** The light of a task_unit_lights row (alias `f`) as of a day; the same precedence as `lightFromFacts`. */
export function lightCase(asOf: string): SQL {
  return sql`CASE
    WHEN f.done_on <= ${asOf}::date THEN 'done'
    WHEN f.red @> ${asOf}::date THEN 'red'
    WHEN f.yellow @> ${asOf}::date THEN 'yellow'
    WHEN f.active_from IS NULL OR ${asOf}::date < f.active_from THEN 'grey'
    ELSE 'green' END`;
}

/**
 * A region subtree as a range on the code ("44" → 44 ≤ code < 45), which any btree on region_code
 * can use whatever the collation (LIKE prefixes need C collation or pattern ops).
 */
export function regionSubtree(column: SQL, prefix: string): SQL {
  if (prefix === "") return sql`true`;
  const upper = prefixUpperBound(prefix);
  return upper === null ? sql`${column} >= ${prefix}` : sql`(${column} >= ${prefix} AND ${column} < ${upper})`;
}

export function prefixUpperBound(prefix: string): string | null {
  const trimmed = prefix.replace(/9+$/, "");
  if (trimmed === "") return null;
  return trimmed.slice(0, -1) + String(Number(trimmed.slice(-1)) + 1);
}
