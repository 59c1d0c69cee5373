import { and, asc, desc, eq, inArray, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { milestones, planFiles, plans, regions, taskUnits, tasks, units } from "../db/schema/index";
import { regionSubtreePattern } from "../regions/region-scope";

export type PlanRow = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = typeof tasks.$inferInsert;
export type NewTaskUnit = typeof taskUnits.$inferInsert;
export type MilestoneRow = typeof milestones.$inferSelect;
export type NewMilestone = typeof milestones.$inferInsert;
export type NewPlanFile = typeof planFiles.$inferInsert;

/** Rows per INSERT statement: well under PostgreSQL's 65,535 bind parameters for every table here. */
const INSERT_CHUNK = 500;

export interface PlanListRow {
  plan: PlanRow;
  regionName: string;
  regionIsDemo: boolean;
  taskCount: number;
}

/** Plans in a region subtree, newest first, with their region and task count. */
export async function listPlans(db: DbOrTx, scopeCode: string): Promise<PlanListRow[]> {
  const taskCount = sql<number>`(SELECT count(*)::int FROM ${tasks} WHERE ${tasks.regionCode} = ${plans.regionCode} AND ${tasks.planId} = ${plans.id})`;
  const rows = await db
    .select({ plan: plans, regionName: regions.name, regionIsDemo: regions.isDemo, taskCount })
    .from(plans)
    .innerJoin(regions, eq(regions.code, plans.regionCode))
    .where(like(plans.regionCode, regionSubtreePattern(scopeCode)))
    .orderBy(desc(plans.createdAt), asc(plans.title));
  return rows;
}

export async function findPlan(db: DbOrTx, id: string): Promise<PlanRow | null> {
  const rows = await db.select().from(plans).where(eq(plans.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findPlanListRow(db: DbOrTx, id: string): Promise<PlanListRow | null> {
  const taskCount = sql<number>`(SELECT count(*)::int FROM ${tasks} WHERE ${tasks.regionCode} = ${plans.regionCode} AND ${tasks.planId} = ${plans.id})`;
  const rows = await db
    .select({ plan: plans, regionName: regions.name, regionIsDemo: regions.isDemo, taskCount })
    .from(plans)
    .innerJoin(regions, eq(regions.code, plans.regionCode))
    .where(eq(plans.id, id))
    .limit(1);
  return rows[0] ?? null;
}

/** The plan already imported from a file with this SHA-256 in the region, if any. */
export async function findPlanBySha256(db: DbOrTx, regionCode: string, sha256: string): Promise<PlanRow | null> {
  const rows = await db
    .select()
    .from(plans)
    .where(and(eq(plans.regionCode, regionCode), eq(plans.sourceSha256, sha256)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertPlan(db: DbOrTx, plan: NewPlan): Promise<PlanRow> {
  const rows = await db.insert(plans).values(plan).returning();
  return rows[0];
}

export async function insertPlanFile(db: DbOrTx, file: NewPlanFile): Promise<void> {
  await db.insert(planFiles).values(file);
}

export async function findPlanFile(db: DbOrTx, regionCode: string, planId: string) {
  const rows = await db
    .select()
    .from(planFiles)
    .where(and(eq(planFiles.regionCode, regionCode), eq(planFiles.planId, planId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertTasks(db: DbOrTx, rows: NewTask[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insert(tasks).values(chunk);
}

export async function insertTaskUnits(db: DbOrTx, rows: NewTaskUnit[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insert(taskUnits).values(chunk);
}

export async function insertMilestones(db: DbOrTx, rows: NewMilestone[]): Promise<void> {
  for (const chunk of chunks(rows)) await db.insert(milestones).values(chunk);
}

export async function listPlanTasks(db: DbOrTx, regionCode: string, planId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(tasks)
    .where(and(eq(tasks.regionCode, regionCode), eq(tasks.planId, planId)))
    .orderBy(asc(tasks.seq));
}

export interface TaskUnitWithName {
  taskId: string;
  unitId: string;
  role: "lead" | "partner";
  position: number;
  nameAsWritten: string;
  unitName: string;
}

export async function listPlanTaskUnits(db: DbOrTx, regionCode: string, planId: string): Promise<TaskUnitWithName[]> {
  return db
    .select({
      taskId: taskUnits.taskId,
      unitId: taskUnits.unitId,
      role: taskUnits.role,
      position: taskUnits.position,
      nameAsWritten: taskUnits.nameAsWritten,
      unitName: units.name,
    })
    .from(taskUnits)
    .innerJoin(tasks, and(eq(tasks.regionCode, taskUnits.regionCode), eq(tasks.id, taskUnits.taskId)))
    .innerJoin(units, eq(units.id, taskUnits.unitId))
    .where(and(eq(taskUnits.regionCode, regionCode), eq(tasks.planId, planId)))
    .orderBy(asc(taskUnits.taskId), asc(taskUnits.position));
}

export async function listPlanMilestones(db: DbOrTx, regionCode: string, planId: string): Promise<MilestoneRow[]> {
  return db
    .select()
    .from(milestones)
    .where(and(eq(milestones.regionCode, regionCode), eq(milestones.planId, planId)))
    .orderBy(asc(milestones.taskId), asc(milestones.due));
}

/** Updates only when the stored version is the one the client saw; returns null on a stale write. */
export async function updatePlanIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<Pick<PlanRow, "title" | "status" | "reportingCycle" | "warningDays">> & { updatedAt: Date; updatedBy: string },
): Promise<PlanRow | null> {
  const rows = await db
    .update(plans)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(plans.id, id), eq(plans.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteMilestones(db: DbOrTx, regionCode: string, ids: string[]): Promise<void> {
  for (const chunk of chunks(ids)) {
    await db.delete(milestones).where(and(eq(milestones.regionCode, regionCode), inArray(milestones.id, chunk)));
  }
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) out.push(rows.slice(i, i + INSERT_CHUNK));
  return out;
}
