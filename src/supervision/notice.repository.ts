import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { notices, tasks, units } from "../db/schema/index";
import { regionSubtree } from "./light-facts";
import type { Viewer } from "./viewer";

export type NoticeRow = typeof notices.$inferSelect;
export interface NoticeView extends NoticeRow {
  taskNo: string;
  taskContent: string;
  unitName: string;
}

function baseQuery(db: DbOrTx) {
  return db
    .select({ notice: notices, taskNo: tasks.no, taskContent: tasks.content, unitName: units.name })
    .from(notices)
    .leftJoin(tasks, and(eq(tasks.regionCode, notices.regionCode), eq(tasks.id, notices.taskId)))
    .leftJoin(units, eq(units.id, notices.unitId));
}

function toView(row: { notice: NoticeRow; taskNo: string | null; taskContent: string | null; unitName: string | null }): NoticeView {
  return { ...row.notice, taskNo: row.taskNo ?? "", taskContent: row.taskContent ?? "", unitName: row.unitName ?? "" };
}

export async function findNotice(db: DbOrTx, id: string): Promise<NoticeRow | null> {
  const rows = await db.select().from(notices).where(eq(notices.id, id)).limit(1).for("update");
  return rows[0] ?? null;
}

export async function findNoticeView(db: DbOrTx, id: string): Promise<NoticeView | null> {
  const rows = await baseQuery(db).where(eq(notices.id, id)).limit(1);
  return rows[0] ? toView(rows[0]) : null;
}

export interface NoticeFilter {
  state?: NoticeRow["state"];
  kind?: NoticeRow["kind"];
  planId?: string;
  unitId?: string;
  regionPrefix?: string;
  limit: number;
  offset: number;
}

export async function listNotices(db: DbOrTx, viewer: Viewer, filter: NoticeFilter): Promise<{ items: NoticeView[]; total: number }> {
  const conditions: SQL[] = [];
  if (viewer.kind === "region") {
    conditions.push(regionSubtree(sql`${notices.regionCode}`, viewer.prefix));
    if (viewer.planId !== null) conditions.push(eq(notices.planId, viewer.planId));
  } else conditions.push(viewer.unitId ? eq(notices.unitId, viewer.unitId) : sql`false`);
  if (filter.regionPrefix !== undefined) conditions.push(regionSubtree(sql`${notices.regionCode}`, filter.regionPrefix));
  if (filter.state) conditions.push(eq(notices.state, filter.state));
  if (filter.kind) conditions.push(eq(notices.kind, filter.kind));
  if (filter.planId) conditions.push(eq(notices.planId, filter.planId));
  if (filter.unitId) conditions.push(eq(notices.unitId, filter.unitId));
  const where = and(...conditions);
  const [rows, totals] = await Promise.all([
    baseQuery(db).where(where).orderBy(desc(notices.issuedAt)).limit(filter.limit).offset(filter.offset),
    db.select({ n: count() }).from(notices).where(where),
  ]);
  return { items: rows.map(toView), total: totals[0]?.n ?? 0 };
}

export async function countPriorNotices(db: DbOrTx, regionCode: string, taskId: string, unitId: string): Promise<number> {
  const rows = await db
    .select({ n: count() })
    .from(notices)
    .where(and(eq(notices.regionCode, regionCode), eq(notices.taskId, taskId), eq(notices.unitId, unitId)));
  return rows[0]?.n ?? 0;
}

export async function insertNotice(db: DbOrTx, row: typeof notices.$inferInsert): Promise<NoticeRow> {
  const rows = await db.insert(notices).values(row).returning();
  return rows[0];
}

export async function updateNoticeIfVersion(db: DbOrTx, id: string, version: number, patch: Partial<NoticeRow>): Promise<NoticeRow | null> {
  const rows = await db
    .update(notices)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(notices.id, id), eq(notices.version, version)))
    .returning();
  return rows[0] ?? null;
}
