import { and, asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { indicators, units } from "../db/schema/index";

export type IndicatorRow = typeof indicators.$inferSelect;
export type NewIndicator = typeof indicators.$inferInsert;
export type IndicatorWithUnit = IndicatorRow & { responsibleUnitName: string | null };

const withUnit = { row: indicators, responsibleUnitName: units.name };

function flatten(rows: { row: IndicatorRow; responsibleUnitName: string | null }[]): IndicatorWithUnit[] {
  return rows.map((r) => ({ ...r.row, responsibleUnitName: r.responsibleUnitName }));
}

/** Inserts indicators; a plan's (region, plan, seq) already present is left alone, so backfills may race. */
export async function insertIndicators(db: DbOrTx, rows: NewIndicator[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(indicators).values(rows).onConflictDoNothing().returning({ id: indicators.id });
  return inserted.length;
}

export async function listPlanIndicators(db: DbOrTx, regionCode: string, planId: string): Promise<IndicatorWithUnit[]> {
  const rows = await db
    .select(withUnit)
    .from(indicators)
    .leftJoin(units, eq(units.id, indicators.responsibleUnitId))
    .where(and(eq(indicators.regionCode, regionCode), eq(indicators.planId, planId)))
    .orderBy(asc(indicators.seq));
  return flatten(rows);
}

export async function countPlanIndicators(db: DbOrTx, regionCode: string, planId: string): Promise<number> {
  const rows = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(indicators)
    .where(and(eq(indicators.regionCode, regionCode), eq(indicators.planId, planId)));
  return rows[0]?.n ?? 0;
}

export async function findIndicator(db: DbOrTx, id: string): Promise<IndicatorWithUnit | null> {
  const rows = await db.select(withUnit).from(indicators).leftJoin(units, eq(units.id, indicators.responsibleUnitId)).where(eq(indicators.id, id)).limit(1);
  return flatten(rows)[0] ?? null;
}

/** Optimistic update: only when the stored version is the one the edit was based on. */
export async function updateIndicatorIfVersion(db: DbOrTx, row: IndicatorRow, version: number, patch: Partial<NewIndicator>): Promise<IndicatorRow | null> {
  const rows = await db
    .update(indicators)
    .set({ ...patch, version: sql`${indicators.version} + 1` })
    .where(and(eq(indicators.regionCode, row.regionCode), eq(indicators.id, row.id), eq(indicators.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function findUnitRow(db: DbOrTx, id: string): Promise<{ id: string; regionCode: string; name: string } | null> {
  const rows = await db.select({ id: units.id, regionCode: units.regionCode, name: units.name }).from(units).where(eq(units.id, id)).limit(1);
  return rows[0] ?? null;
}
