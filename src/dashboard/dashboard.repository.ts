import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { lightCase, regionSubtree } from "../supervision/light-facts";
import type { Light } from "../supervision/lights";
import { queryRows } from "../supervision/sql-rows";

/**
 * The dashboard's queries. Each one is a single pass over task_unit_lights or reports of the
 * region subtree (a range on region_code), so a province costs the same handful of statements
 * as a county; only the row counts grow.
 */

export interface Scope {
  /** Region code prefix of the viewed subtree ("" for the whole country). */
  prefix: string;
  planId: string | null;
}

function scopeCondition(alias: "f" | "r", scope: Scope, withPlan = true): SQL {
  const parts: SQL[] = [regionSubtree(sql.raw(`${alias}.region_code`), scope.prefix)];
  if (withPlan && scope.planId !== null) parts.push(sql`${sql.raw(`${alias}.plan_id`)} = ${scope.planId}`);
  return sql.join(parts, sql` AND `);
}

export interface TaskLightRow {
  regionCode: string;
  planId: string;
  chapter: string | null;
  firstSeq: number;
  light: Light;
  n: number;
}

/**
 * Task lights (the lead unit's) per region, plan and chapter (the import labels a grouped table's rows
 * with their top-level group, "3 康复服务"; a flat table has none), over every plan of the subtree: the
 * caller narrows to the chosen plan for the totals and chapters, and keeps all plans for the child
 * regions (a county's own plan is not the province's).
 */
export async function taskLightsByRegionChapter(db: DbOrTx, scope: Scope, asOf: string): Promise<TaskLightRow[]> {
  return queryRows<TaskLightRow>(
    db,
    sql`SELECT f.region_code AS "regionCode", f.plan_id AS "planId", t.chapter,
               min(t.seq)::int AS "firstSeq", ${lightCase(asOf)} AS light, count(*)::int AS n
        FROM task_unit_lights f
        JOIN tasks t ON t.region_code = f.region_code AND t.id = f.task_id
        WHERE f.role = 'lead' AND ${scopeCondition("f", scope, false)}
        GROUP BY 1, 2, 3, 5`,
  );
}

export interface UnitLightCountRow {
  unitId: string;
  unitName: string;
  role: "lead" | "partner";
  light: Light;
  n: number;
}

/** Each unit's lights on its tasks, as lead and as partner. */
export async function unitLightCounts(db: DbOrTx, scope: Scope, asOf: string): Promise<UnitLightCountRow[]> {
  return queryRows<UnitLightCountRow>(
    db,
    sql`SELECT f.unit_id AS "unitId", coalesce(min(u.name), '') AS "unitName", f.role, ${lightCase(asOf)} AS light, count(*)::int AS n
        FROM task_unit_lights f
        LEFT JOIN units u ON u.id = f.unit_id
        WHERE ${scopeCondition("f", scope)}
        GROUP BY f.unit_id, f.role, 4`,
  );
}

/**
 * Lead-unit task lights on several days in one scan: each row's light on every day is the same
 * `lightCase` as the overview's, unnested with the day's position.
 */
export async function taskLightsOnDays(db: DbOrTx, scope: Scope, days: readonly string[]): Promise<{ i: number; light: Light; n: number }[]> {
  const cases = sql.join(
    days.map((day) => lightCase(day)),
    sql`, `,
  );
  return queryRows(
    db,
    sql`SELECT x.i::int AS i, x.light, count(*)::int AS n
        FROM task_unit_lights f, unnest(ARRAY[${cases}]) WITH ORDINALITY AS x(light, i)
        WHERE f.role = 'lead' AND ${scopeCondition("f", scope)}
        GROUP BY 1, 2`,
  );
}

export interface MilestoneAcceptanceRow {
  due: string;
  acceptedOn: string | null;
  n: number;
}

/**
 * The task milestones (their lead reports) grouped by due day and acceptance day: few distinct
 * pairs, from which a milestone's state on any day follows without another scan.
 */
export async function milestoneAcceptances(db: DbOrTx, scope: Scope): Promise<MilestoneAcceptanceRow[]> {
  return queryRows<MilestoneAcceptanceRow>(
    db,
    sql`SELECT r.due::text AS due, r.accepted_on::text AS "acceptedOn", count(*)::int AS n
        FROM reports r
        WHERE r.role = 'lead' AND ${scopeCondition("r", scope)}
        GROUP BY r.due, r.accepted_on`,
  );
}

export interface PlanSummaryRow {
  planId: string;
  title: string;
  regionCode: string;
  periodStart: number;
  periodEnd: number;
  warningDays: number;
}

/** The plans of the subtree, the plan's own region first, newest period first. */
export async function plansInSubtree(db: DbOrTx, prefix: string): Promise<PlanSummaryRow[]> {
  return queryRows<PlanSummaryRow>(
    db,
    sql`SELECT p.id AS "planId", p.title, p.region_code AS "regionCode", p.period_start AS "periodStart", p.period_end AS "periodEnd",
               p.warning_days AS "warningDays"
        FROM plans p
        WHERE ${regionSubtree(sql`p.region_code`, prefix)}
        ORDER BY length(p.region_code), p.region_code, p.period_end DESC, p.title`,
  );
}

/** A region and its ancestors, nearest first (one recursive statement instead of a walk). */
export async function regionChain(db: DbOrTx, code: string): Promise<{ code: string; name: string }[]> {
  return queryRows(
    db,
    sql`WITH RECURSIVE chain(code, name, parent_code, depth) AS (
          SELECT code, name, parent_code, 0 FROM regions WHERE code = ${code}
          UNION ALL
          SELECT r.code, r.name, r.parent_code, c.depth + 1 FROM regions r JOIN chain c ON r.code = c.parent_code WHERE c.depth < 6)
        SELECT code, name FROM chain ORDER BY depth`,
  );
}

/** What the unit's drawer shows: the task, its plan (several when no plan is chosen), the unit's role and light. */
export interface UnitTaskRow {
  taskId: string;
  planId: string;
  planTitle: string;
  no: string;
  content: string;
  role: "lead" | "partner";
  light: Light;
}

/** One unit's tasks in the scope with its own light on each. */
export async function unitTasks(db: DbOrTx, scope: Scope, unitId: string, asOf: string): Promise<UnitTaskRow[]> {
  return queryRows<UnitTaskRow>(
    db,
    sql`SELECT f.task_id AS "taskId", f.plan_id AS "planId", p.title AS "planTitle", t.no, t.content, f.role, ${lightCase(asOf)} AS light
        FROM task_unit_lights f
        JOIN tasks t ON t.region_code = f.region_code AND t.id = f.task_id
        JOIN plans p ON p.region_code = f.region_code AND p.id = f.plan_id
        WHERE f.unit_id = ${unitId} AND ${scopeCondition("f", scope)}
        ORDER BY p.title, t.seq`,
  );
}
