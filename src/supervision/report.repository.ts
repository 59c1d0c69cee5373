import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { evidenceFiles, milestones, reports, tasks, units, users } from "../db/schema/index";
import { regionSubtree } from "./light-facts";
import type { Viewer } from "./viewer";

export type ReportRow = typeof reports.$inferSelect;
export type EvidenceRow = typeof evidenceFiles.$inferSelect;
export type EvidenceMeta = Omit<EvidenceRow, "content">;
export interface ReportView extends ReportRow {
  unitName: string;
  milestoneLabel: string;
}

const reportView = {
  report: reports,
  unitName: units.name,
  milestoneLabel: milestones.label,
};

function baseQuery(db: DbOrTx) {
  return db
    .select(reportView)
    .from(reports)
    .leftJoin(units, eq(units.id, reports.unitId))
    .leftJoin(milestones, and(eq(milestones.regionCode, reports.regionCode), eq(milestones.id, reports.milestoneId)));
}

function toView(row: { report: ReportRow; unitName: string | null; milestoneLabel: string | null }): ReportView {
  return { ...row.report, unitName: row.unitName ?? "", milestoneLabel: row.milestoneLabel ?? "" };
}

export async function findReport(db: DbOrTx, id: string): Promise<ReportRow | null> {
  const rows = await db.select().from(reports).where(eq(reports.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Locks the report row for the rest of the transaction, so review cascades see a stable state. */
export async function findReportForUpdate(db: DbOrTx, id: string): Promise<ReportRow | null> {
  const rows = await db.select().from(reports).where(eq(reports.id, id)).limit(1).for("update");
  return rows[0] ?? null;
}

export async function findReportView(db: DbOrTx, id: string): Promise<ReportView | null> {
  const rows = await baseQuery(db).where(eq(reports.id, id)).limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

/** The reports of every unit for one milestone (lead first, then partners by name). */
export async function listMilestoneReports(db: DbOrTx, regionCode: string, milestoneId: string): Promise<ReportView[]> {
  const rows = await baseQuery(db)
    .where(and(eq(reports.regionCode, regionCode), eq(reports.milestoneId, milestoneId)))
    .orderBy(asc(reports.role), asc(units.name));
  return rows.map(toView);
}

export interface ReportFilter {
  planId?: string;
  taskId?: string;
  unitId?: string;
  state?: ReportRow["state"];
  limit: number;
  offset: number;
}

export async function listReports(db: DbOrTx, viewer: Viewer, filter: ReportFilter): Promise<{ items: ReportView[]; total: number }> {
  const conditions: SQL[] = [];
  if (viewer.kind === "region") {
    conditions.push(regionSubtree(sql`${reports.regionCode}`, viewer.prefix));
    if (viewer.planId !== null) conditions.push(eq(reports.planId, viewer.planId));
  } else {
    // A liaison reads every unit's reports on the tasks its own unit is assigned to.
    conditions.push(
      sql`EXISTS (SELECT 1 FROM task_units tu WHERE tu.region_code = ${reports.regionCode} AND tu.task_id = ${reports.taskId} AND tu.unit_id = ${viewer.unitId ?? "00000000-0000-0000-0000-000000000000"})`,
    );
  }
  if (filter.planId) conditions.push(eq(reports.planId, filter.planId));
  if (filter.taskId) conditions.push(eq(reports.taskId, filter.taskId));
  if (filter.unitId) conditions.push(eq(reports.unitId, filter.unitId));
  if (filter.state) conditions.push(eq(reports.state, filter.state));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    baseQuery(db).where(where).orderBy(asc(reports.due), asc(reports.taskId), asc(reports.role)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return { items: rows.map(toView), total: totals[0]?.n ?? 0 };
}

export type ReportPatch = Partial<
  Pick<ReportRow, "progress" | "narrative" | "figures" | "isFinal" | "state" | "returnReason" | "submittedAt" | "reviewedAt" | "reviewedBy" | "acceptedOn">
>;

/** Updates only when the stored version is the one the client saw; null on a stale write. */
export async function updateReportIfVersion(db: DbOrTx, id: string, version: number, patch: ReportPatch & { updatedAt: Date; updatedBy: string }): Promise<ReportRow | null> {
  const rows = await db
    .update(reports)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(reports.id, id), eq(reports.version, version)))
    .returning();
  return rows[0] ?? null;
}

/** Partner reports already submitted to the lead are accepted together with the lead's report. */
export async function acceptSubmittedPartners(db: DbOrTx, lead: ReportRow, patch: { reviewedAt: Date; reviewedBy: string; acceptedOn: string }): Promise<ReportRow[]> {
  return db
    .update(reports)
    .set({ state: "accepted", ...patch, version: sql`${reports.version} + 1`, updatedAt: patch.reviewedAt, updatedBy: patch.reviewedBy })
    .where(and(eq(reports.regionCode, lead.regionCode), eq(reports.milestoneId, lead.milestoneId), eq(reports.role, "partner"), eq(reports.state, "submitted")))
    .returning();
}

export async function findUserName(db: DbOrTx, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, userId)).limit(1);
  return rows[0]?.name ?? null;
}

export async function findTaskSummary(db: DbOrTx, regionCode: string, taskId: string) {
  const rows = await db
    .select({ id: tasks.id, no: tasks.no, content: tasks.content, chapter: tasks.chapter })
    .from(tasks)
    .where(and(eq(tasks.regionCode, regionCode), eq(tasks.id, taskId)))
    .limit(1);
  return rows[0] ?? null;
}

const evidenceMeta = {
  regionCode: evidenceFiles.regionCode,
  id: evidenceFiles.id,
  reportId: evidenceFiles.reportId,
  fileName: evidenceFiles.fileName,
  contentType: evidenceFiles.contentType,
  size: evidenceFiles.size,
  sha256: evidenceFiles.sha256,
  uploadedAt: evidenceFiles.uploadedAt,
  uploadedBy: evidenceFiles.uploadedBy,
};

export async function listEvidence(db: DbOrTx, regionCode: string, reportIds: string[]): Promise<EvidenceMeta[]> {
  if (reportIds.length === 0) return [];
  return db
    .select(evidenceMeta)
    .from(evidenceFiles)
    .where(and(eq(evidenceFiles.regionCode, regionCode), sql`${evidenceFiles.reportId} IN (${sql.join(reportIds.map((id) => sql`${id}`), sql`, `)})`))
    .orderBy(asc(evidenceFiles.uploadedAt));
}

export async function countEvidence(db: DbOrTx, regionCode: string, reportId: string): Promise<number> {
  const rows = await db.select({ n: count() }).from(evidenceFiles).where(and(eq(evidenceFiles.regionCode, regionCode), eq(evidenceFiles.reportId, reportId)));
  return rows[0]?.n ?? 0;
}

export async function insertEvidence(db: DbOrTx, row: typeof evidenceFiles.$inferInsert): Promise<EvidenceMeta> {
  const rows = await db.insert(evidenceFiles).values(row).returning(evidenceMeta);
  return rows[0];
}

export async function findEvidence(db: DbOrTx, id: string): Promise<EvidenceRow | null> {
  const rows = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function deleteEvidence(db: DbOrTx, regionCode: string, id: string): Promise<void> {
  await db.delete(evidenceFiles).where(and(eq(evidenceFiles.regionCode, regionCode), eq(evidenceFiles.id, id)));
}

/** Submitted lead reports in the subtree, oldest submission first, with how many partners have reported. */
export async function listReviewQueue(db: DbOrTx, prefix: string, filter: { planId?: string; limit: number; offset: number }) {
  const conditions: SQL[] = [eq(reports.state, "submitted"), eq(reports.role, "lead"), regionSubtree(sql`${reports.regionCode}`, prefix)];
  if (filter.planId) conditions.push(eq(reports.planId, filter.planId));
  const where = and(...conditions);
  const partners = sql<number>`(SELECT count(*)::int FROM reports p WHERE p.region_code = ${reports.regionCode} AND p.milestone_id = ${reports.milestoneId} AND p.role = 'partner')`;
  const partnersSubmitted = sql<number>`(SELECT count(*)::int FROM reports p WHERE p.region_code = ${reports.regionCode} AND p.milestone_id = ${reports.milestoneId} AND p.role = 'partner' AND p.state IN ('submitted', 'accepted', 'locked'))`;
  const [rows, totals] = await Promise.all([
    db
      .select({ ...reportView, taskNo: tasks.no, taskContent: tasks.content, partnersTotal: partners, partnersSubmitted })
      .from(reports)
      .leftJoin(units, eq(units.id, reports.unitId))
      .leftJoin(milestones, and(eq(milestones.regionCode, reports.regionCode), eq(milestones.id, reports.milestoneId)))
      .leftJoin(tasks, and(eq(tasks.regionCode, reports.regionCode), eq(tasks.id, reports.taskId)))
      .where(where)
      .orderBy(asc(reports.submittedAt))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: count() }).from(reports).where(where),
  ]);
  return {
    items: rows.map((row) => ({ view: toView(row), taskNo: row.taskNo ?? "", taskContent: row.taskContent ?? "", partnersTotal: row.partnersTotal, partnersSubmitted: row.partnersSubmitted })),
    total: totals[0]?.n ?? 0,
  };
}
