import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { evaluationIndicatorScores, evaluations, evaluationTaskScores, plans, regions, taskUnits, tasks, units } from "../db/schema/index";
import { regionSubtree } from "../supervision/light-facts";

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
export type TaskScoreRow = typeof evaluationTaskScores.$inferSelect;
export type IndicatorScoreRow = typeof evaluationIndicatorScores.$inferSelect;
export type EvaluationListRow = EvaluationRow & { planTitle: string };
export interface EvaluationProgress {
  tasks: number;
  tasksScored: number;
  indicators: number;
  indicatorsScored: number;
}

export async function insertEvaluation(db: DbOrTx, row: NewEvaluation): Promise<EvaluationRow> {
  const rows = await db.insert(evaluations).values(row).returning();
  return rows[0];
}

export async function findEvaluation(db: DbOrTx, id: string): Promise<EvaluationRow | null> {
  const rows = await db.select().from(evaluations).where(eq(evaluations.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function listEvaluations(db: DbOrTx, filter: { prefix: string; planId?: string; state?: EvaluationRow["state"] }): Promise<EvaluationListRow[]> {
  const parts: SQL[] = [regionSubtree(sql`${evaluations.regionCode}`, filter.prefix)];
  if (filter.planId) parts.push(eq(evaluations.planId, filter.planId));
  if (filter.state) parts.push(eq(evaluations.state, filter.state));
  const rows = await db
    .select({ row: evaluations, planTitle: plans.title })
    .from(evaluations)
    .innerJoin(plans, and(eq(plans.regionCode, evaluations.regionCode), eq(plans.id, evaluations.planId)))
    .where(and(...parts))
    .orderBy(desc(evaluations.asOf), asc(evaluations.createdAt));
  return rows.map((r) => ({ ...r.row, planTitle: r.planTitle }));
}

// A leaf task: no other task of its plan names it as parent (the same rule as `scoredTasks`).
const leafTask = (t: string) =>
  sql.raw(`NOT EXISTS (SELECT 1 FROM tasks c WHERE c.region_code = ${t}.region_code AND c.plan_id = ${t}.plan_id AND c.parent_no = ${t}.no)`);

/** Scoring progress of many evaluations in one query, counted like the detail's `progress` (leaf tasks only). */
export async function evaluationProgress(db: DbOrTx, rows: readonly EvaluationRow[]): Promise<Map<string, EvaluationProgress>> {
  const result = new Map<string, EvaluationProgress>();
  if (rows.length === 0) return result;
  const ids = sql.join(
    rows.map((r) => sql`${r.id}::uuid`),
    sql`, `,
  );
  const answer = (await db.execute(sql`
    SELECT e.id,
      (SELECT count(*) FROM tasks t WHERE t.region_code = e.region_code AND t.plan_id = e.plan_id AND ${leafTask("t")}) AS tasks,
      (SELECT count(*) FROM evaluation_task_scores s JOIN tasks t ON t.region_code = s.region_code AND t.id = s.task_id
        WHERE s.region_code = e.region_code AND s.evaluation_id = e.id AND ${leafTask("t")}) AS tasks_scored,
      (SELECT count(*) FROM indicators i WHERE i.region_code = e.region_code AND i.plan_id = e.plan_id) AS indicators,
      (SELECT count(*) FROM evaluation_indicator_scores s WHERE s.region_code = e.region_code AND s.evaluation_id = e.id) AS indicators_scored
    FROM evaluations e WHERE e.id IN (${ids})`)) as unknown as { rows: Record<string, unknown>[] };
  for (const r of answer.rows) {
    result.set(String(r.id), { tasks: Number(r.tasks), tasksScored: Number(r.tasks_scored), indicators: Number(r.indicators), indicatorsScored: Number(r.indicators_scored) });
  }
  return result;
}

/** Published evaluations of published plans: the only ones the public may see. */
export async function listPublishedEvaluations(db: DbOrTx, filter: { planId?: string; id?: string } = {}): Promise<EvaluationListRow[]> {
  const rows = await db
    .select({ row: evaluations, planTitle: plans.title })
    .from(evaluations)
    .innerJoin(plans, and(eq(plans.regionCode, evaluations.regionCode), eq(plans.id, evaluations.planId)))
    .where(
      and(
        eq(evaluations.state, "published"),
        sql`${plans.publishedAt} IS NOT NULL`,
        sql`${plans.status} <> 'draft'`,
        filter.planId ? eq(evaluations.planId, filter.planId) : sql`true`,
        filter.id ? eq(evaluations.id, filter.id) : sql`true`,
      ),
    )
    .orderBy(desc(evaluations.publishedAt));
  return rows.map((r) => ({ ...r.row, planTitle: r.planTitle }));
}

export async function updateEvaluationIfVersion(db: DbOrTx, row: EvaluationRow, version: number, patch: Partial<NewEvaluation>): Promise<EvaluationRow | null> {
  const rows = await db
    .update(evaluations)
    .set({ ...patch, version: sql`${evaluations.version} + 1` })
    .where(and(eq(evaluations.regionCode, row.regionCode), eq(evaluations.id, row.id), eq(evaluations.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Sets many task scores in one statement; each row replaces the task's earlier score. The task ids must be distinct. */
export async function upsertTaskScores(db: DbOrTx, rows: (typeof evaluationTaskScores.$inferInsert)[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(evaluationTaskScores)
    .values(rows)
    .onConflictDoUpdate({
      target: [evaluationTaskScores.regionCode, evaluationTaskScores.evaluationId, evaluationTaskScores.taskId],
      set: { rating: sql`excluded.rating`, comment: sql`excluded.comment`, updatedAt: sql`excluded.updated_at`, updatedBy: sql`excluded.updated_by` },
    });
}

export async function upsertIndicatorScore(db: DbOrTx, row: typeof evaluationIndicatorScores.$inferInsert): Promise<void> {
  await db
    .insert(evaluationIndicatorScores)
    .values(row)
    .onConflictDoUpdate({
      target: [evaluationIndicatorScores.regionCode, evaluationIndicatorScores.evaluationId, evaluationIndicatorScores.indicatorId],
      set: { rating: row.rating, comment: row.comment, updatedAt: row.updatedAt, updatedBy: row.updatedBy },
    });
}

export async function taskScores(db: DbOrTx, regionCode: string, evaluationId: string): Promise<TaskScoreRow[]> {
  return db.select().from(evaluationTaskScores).where(and(eq(evaluationTaskScores.regionCode, regionCode), eq(evaluationTaskScores.evaluationId, evaluationId)));
}

export async function indicatorScores(db: DbOrTx, regionCode: string, evaluationId: string): Promise<IndicatorScoreRow[]> {
  return db
    .select()
    .from(evaluationIndicatorScores)
    .where(and(eq(evaluationIndicatorScores.regionCode, regionCode), eq(evaluationIndicatorScores.evaluationId, evaluationId)));
}

export interface PlanHeader {
  id: string;
  regionCode: string;
  regionName: string | null;
  title: string;
  docNumber: string | null;
  periodStart: number;
  periodEnd: number;
  warningDays: number;
  reportingCycle: (typeof plans.$inferSelect)["reportingCycle"];
  status: "draft" | "active" | "closed";
  publishedAt: Date | null;
}

export async function findPlanHeader(db: DbOrTx, planId: string): Promise<PlanHeader | null> {
  const rows = await db
    .select({
      id: plans.id,
      regionCode: plans.regionCode,
      regionName: regions.name,
      title: plans.title,
      docNumber: plans.docNumber,
      periodStart: plans.periodStart,
      periodEnd: plans.periodEnd,
      warningDays: plans.warningDays,
      reportingCycle: plans.reportingCycle,
      status: plans.status,
      publishedAt: plans.publishedAt,
    })
    .from(plans)
    .leftJoin(regions, eq(regions.code, plans.regionCode))
    .where(eq(plans.id, planId))
    .limit(1);
  return rows[0] ?? null;
}

export interface PlanTaskRow {
  id: string;
  seq: number;
  no: string;
  parentNo: string | null;
  chapter: string | null;
  content: string;
  scheduleRaw: string | null;
}

export async function planTasks(db: DbOrTx, regionCode: string, planId: string): Promise<PlanTaskRow[]> {
  return db
    .select({ id: tasks.id, seq: tasks.seq, no: tasks.no, parentNo: tasks.parentNo, chapter: tasks.chapter, content: tasks.content, scheduleRaw: tasks.scheduleRaw })
    .from(tasks)
    .where(and(eq(tasks.regionCode, regionCode), eq(tasks.planId, planId)))
    .orderBy(asc(tasks.seq));
}

/** The units of each task of a plan, lead first, by their current names. */
export async function planTaskUnits(db: DbOrTx, regionCode: string, planId: string): Promise<Map<string, { name: string; role: "lead" | "partner" }[]>> {
  const rows = await db
    .select({ taskId: taskUnits.taskId, name: units.name, asWritten: taskUnits.nameAsWritten, role: taskUnits.role, position: taskUnits.position })
    .from(taskUnits)
    .innerJoin(tasks, and(eq(tasks.regionCode, taskUnits.regionCode), eq(tasks.id, taskUnits.taskId)))
    .leftJoin(units, eq(units.id, taskUnits.unitId))
    .where(and(eq(taskUnits.regionCode, regionCode), eq(tasks.planId, planId)))
    .orderBy(asc(taskUnits.taskId), asc(taskUnits.position));
  const byTask = new Map<string, { name: string; role: "lead" | "partner" }[]>();
  for (const row of rows) byTask.set(row.taskId, [...(byTask.get(row.taskId) ?? []), { name: row.name ?? row.asWritten, role: row.role }]);
  return byTask;
}
