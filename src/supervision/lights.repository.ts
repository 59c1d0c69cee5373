import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { lightCase, regionSubtree } from "./light-facts";
import type { Light } from "./lights";
import { queryRows } from "./sql-rows";
import type { Viewer } from "./viewer";

/** Queries over task_unit_lights (lights as of a day) and reports (due-soon, next milestones). */

export interface LightFilter {
  asOf: string;
  planId?: string;
  unitId?: string;
  chapter?: string;
  /** Narrows the viewer's region subtree to this region's subtree. */
  regionPrefix?: string;
}

/** The rows a viewer may see: its region subtree, or its own unit. */
function viewerCondition(viewer: Viewer, alias: "f" | "r"): SQL {
  const column = sql.raw(`${alias}.region_code`);
  if (viewer.kind === "region") {
    const subtree = regionSubtree(column, viewer.prefix);
    return viewer.planId === null ? subtree : sql`${subtree} AND ${sql.raw(`${alias}.plan_id`)} = ${viewer.planId}`;
  }
  return viewer.unitId ? sql`${sql.raw(`${alias}.unit_id`)} = ${viewer.unitId}` : sql`false`;
}

function filterConditions(viewer: Viewer, filter: LightFilter, alias: "f" | "r"): SQL {
  const a = (column: string) => sql.raw(`${alias}.${column}`);
  const parts: SQL[] = [viewerCondition(viewer, alias)];
  if (filter.regionPrefix !== undefined) parts.push(regionSubtree(a("region_code"), filter.regionPrefix));
  if (filter.planId) parts.push(sql`${a("plan_id")} = ${filter.planId}`);
  if (filter.unitId) parts.push(sql`${a("unit_id")} = ${filter.unitId}`);
  if (filter.chapter) parts.push(sql`EXISTS (SELECT 1 FROM tasks t2 WHERE t2.region_code = ${a("region_code")} AND t2.id = ${a("task_id")} AND t2.chapter = ${filter.chapter})`);
  return sql.join(parts, sql` AND `);
}

export interface LightCountRow {
  regionCode: string;
  planId: string;
  light: Light;
  n: number;
}

/** Task lights (the lead unit's) counted per region and plan: the overview, rolled up by the caller. */
export async function countTaskLights(db: DbOrTx, viewer: Viewer, filter: LightFilter): Promise<LightCountRow[]> {
  return queryRows<LightCountRow>(
    db,
    sql`SELECT f.region_code AS "regionCode", f.plan_id AS "planId", ${lightCase(filter.asOf)} AS light, count(*)::int AS n
        FROM task_unit_lights f
        WHERE f.role = 'lead' AND ${filterConditions(viewer, filter, "f")}
        GROUP BY 1, 2, 3`,
  );
}

export interface UnitLightRow {
  regionCode: string;
  planId: string;
  taskId: string;
  unitId: string;
  unitName: string;
  role: "lead" | "partner";
  light: Light;
}

/** Every unit's light on every task of a plan. */
export async function planUnitLights(db: DbOrTx, regionCode: string, planId: string, asOf: string): Promise<UnitLightRow[]> {
  return queryRows<UnitLightRow>(
    db,
    sql`SELECT f.region_code AS "regionCode", f.plan_id AS "planId", f.task_id AS "taskId", f.unit_id AS "unitId",
               coalesce(u.name, '') AS "unitName", f.role, ${lightCase(asOf)} AS light
        FROM task_unit_lights f
        LEFT JOIN units u ON u.id = f.unit_id
        LEFT JOIN task_units tu ON tu.region_code = f.region_code AND tu.task_id = f.task_id AND tu.unit_id = f.unit_id
        WHERE f.region_code = ${regionCode} AND f.plan_id = ${planId}
        ORDER BY f.task_id, tu.position`,
  );
}

export interface OverdueRow {
  regionCode: string;
  planId: string;
  planTitle: string;
  taskId: string;
  taskNo: string;
  taskContent: string;
  chapter: string | null;
  unitId: string;
  unitName: string;
  role: "lead" | "partner";
  overdueSince: string;
}

/**
 * Units red as of the day, oldest first. `overdueSince` is the first day of the red stretch that
 * holds the day: the oldest milestone still without an accepted report, plus one.
 */
export async function listOverdue(db: DbOrTx, viewer: Viewer, filter: LightFilter, limit: number, offset: number): Promise<{ rows: OverdueRow[]; total: number }> {
  const where = sql`f.red @> ${filter.asOf}::date AND (f.done_on IS NULL OR f.done_on > ${filter.asOf}::date) AND ${filterConditions(viewer, filter, "f")}`;
  const [rows, totals] = await Promise.all([
    // The page is chosen from the facts alone; names are joined for its 50 rows only.
    queryRows<OverdueRow>(
      db,
      sql`SELECT f.region_code AS "regionCode", f.plan_id AS "planId", p.title AS "planTitle", f.task_id AS "taskId",
                 t.no AS "taskNo", t.content AS "taskContent", t.chapter, f.unit_id AS "unitId", coalesce(u.name, '') AS "unitName", f.role,
                 f.since AS "overdueSince"
          FROM (SELECT f.region_code, f.plan_id, f.task_id, f.unit_id, f.role, ${overdueSinceSql(filter.asOf)} AS since
                FROM task_unit_lights f WHERE ${where}
                ORDER BY since, f.region_code, f.task_id, f.role, f.unit_id
                LIMIT ${limit} OFFSET ${offset}) f
          JOIN tasks t ON t.region_code = f.region_code AND t.id = f.task_id
          JOIN plans p ON p.region_code = f.region_code AND p.id = f.plan_id
          LEFT JOIN units u ON u.id = f.unit_id
          ORDER BY f.since, f.region_code, t.seq, f.role, f.unit_id`,
    ),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM task_unit_lights f WHERE ${where}`),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/**
 * First day of the red stretch holding the day: the days before it that are not red end exactly
 * there, so it is the upper bound of (everything up to the day) minus the red days. No unnest.
 */
export function overdueSinceSql(asOf: string): SQL {
  return sql`upper(datemultirange(daterange(NULL, ${asOf}::date, '[]')) - f.red)::text`;
}

export interface DueSoonRow extends Omit<OverdueRow, "overdueSince"> {
  reportId: string;
  milestoneId: string;
  due: string;
  reportState: "draft" | "submitted" | "accepted" | "returned" | "locked";
}

/** Reports due within the plan's warning window from the day and not accepted by then, soonest first. */
export async function listDueSoon(db: DbOrTx, viewer: Viewer, filter: LightFilter, limit: number, offset: number): Promise<{ rows: DueSoonRow[]; total: number }> {
  const where = sql`r.due >= ${filter.asOf}::date AND r.due <= ${filter.asOf}::date + p.warning_days
    AND (r.accepted_on IS NULL OR r.accepted_on > ${filter.asOf}::date) AND ${filterConditions(viewer, filter, "r")}`;
  const from = sql`FROM reports r JOIN plans p ON p.region_code = r.region_code AND p.id = r.plan_id`;
  const [rows, totals] = await Promise.all([
    queryRows<DueSoonRow>(
      db,
      sql`SELECT r.region_code AS "regionCode", r.plan_id AS "planId", p.title AS "planTitle", r.task_id AS "taskId",
                 t.no AS "taskNo", t.content AS "taskContent", t.chapter, r.unit_id AS "unitId", coalesce(u.name, '') AS "unitName", r.role,
                 r.id AS "reportId", r.milestone_id AS "milestoneId", r.due::text AS due, r.state AS "reportState"
          ${from}
          JOIN tasks t ON t.region_code = r.region_code AND t.id = r.task_id
          LEFT JOIN units u ON u.id = r.unit_id
          WHERE ${where}
          ORDER BY r.due, r.region_code, t.seq, r.role, r.unit_id
          LIMIT ${limit} OFFSET ${offset}`,
    ),
    queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${from} WHERE ${where}`),
  ]);
  return { rows, total: totals[0]?.n ?? 0 };
}

/** Notices already issued per (task, unit): all of them, and those not yet closed. */
export async function noticeCounts(db: DbOrTx, pairs: readonly { regionCode: string; taskId: string; unitId: string }[]): Promise<Map<string, { prior: number; open: number }>> {
  const result = new Map<string, { prior: number; open: number }>();
  if (pairs.length === 0) return result;
  const keys = sql.join(pairs.map((p) => sql`(${p.regionCode}, ${p.taskId}::uuid, ${p.unitId}::uuid)`), sql`, `);
  const rows = await queryRows<{ regionCode: string; taskId: string; unitId: string; prior: number; open: number }>(
    db,
    sql`SELECT n.region_code AS "regionCode", n.task_id AS "taskId", n.unit_id AS "unitId", count(*)::int AS prior,
               (count(*) FILTER (WHERE n.state <> 'closed'))::int AS open
        FROM notices n WHERE (n.region_code, n.task_id, n.unit_id) IN (${keys})
        GROUP BY 1, 2, 3`,
  );
  for (const row of rows) result.set(`${row.taskId}/${row.unitId}`, { prior: row.prior, open: row.open });
  return result;
}

export interface TimelineRow {
  taskId: string;
  taskNo: string;
  taskSeq: number;
  unitId: string;
  unitName: string;
  role: "lead" | "partner";
  reportId: string;
  milestoneId: string;
  due: string;
  label: string;
  state: DueSoonRow["reportState"];
  acceptedOn: string | null;
  isFinal: number;
}

export async function planReports(db: DbOrTx, regionCode: string, planId: string): Promise<TimelineRow[]> {
  return queryRows<TimelineRow>(
    db,
    sql`SELECT r.task_id AS "taskId", t.no AS "taskNo", t.seq AS "taskSeq", r.unit_id AS "unitId", coalesce(u.name, '') AS "unitName", r.role,
               r.id AS "reportId", r.milestone_id AS "milestoneId", r.due::text AS due, coalesce(m.label, '') AS label, r.state,
               r.accepted_on::text AS "acceptedOn", r.is_final AS "isFinal"
        FROM reports r
        JOIN tasks t ON t.region_code = r.region_code AND t.id = r.task_id
        LEFT JOIN milestones m ON m.region_code = r.region_code AND m.id = r.milestone_id
        LEFT JOIN units u ON u.id = r.unit_id
        WHERE r.region_code = ${regionCode} AND r.plan_id = ${planId}
        ORDER BY t.seq, r.due, r.role, u.name`,
  );
}

export interface MyTaskRow {
  taskId: string;
  planId: string;
  planTitle: string;
  regionCode: string;
  no: string;
  chapter: string | null;
  content: string;
  role: "lead" | "partner";
  light: Light;
  nextReportId: string | null;
}

/** A unit's tasks with their light and the report of the earliest milestone not accepted by the day. */
export async function listUnitTasks(db: DbOrTx, unitId: string, asOf: string): Promise<MyTaskRow[]> {
  return queryRows<MyTaskRow>(
    db,
    sql`SELECT f.task_id AS "taskId", f.plan_id AS "planId", p.title AS "planTitle", f.region_code AS "regionCode", t.no, t.chapter, t.content, f.role,
               ${lightCase(asOf)} AS light,
               (SELECT r.id FROM reports r WHERE r.region_code = f.region_code AND r.task_id = f.task_id AND r.unit_id = f.unit_id
                  AND (r.accepted_on IS NULL OR r.accepted_on > ${asOf}::date) ORDER BY r.due LIMIT 1) AS "nextReportId"
        FROM task_unit_lights f
        JOIN tasks t ON t.region_code = f.region_code AND t.id = f.task_id
        JOIN plans p ON p.region_code = f.region_code AND p.id = f.plan_id
        WHERE f.unit_id = ${unitId} AND p.status <> 'closed'
        ORDER BY p.title, t.seq`,
  );
}
