import { and, asc, desc, eq, ne, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { indicatorValues, regions } from "../db/schema/index";
import { regionSubtree } from "../supervision/light-facts";

export type IndicatorValueRow = typeof indicatorValues.$inferSelect;
export type NewIndicatorValue = typeof indicatorValues.$inferInsert;
export type IndicatorValueView = IndicatorValueRow & { regionName: string | null };
export type ValueBasis = "accepted" | "all";

const withRegion = { row: indicatorValues, regionName: regions.name };

const flatten = (rows: { row: IndicatorValueRow; regionName: string | null }[]): IndicatorValueView[] =>
  rows.map((r) => ({ ...r.row, regionName: r.regionName }));

/** The values that count for a basis: accepted ones, or every one not returned (the office's preview). */
function basisCondition(basis: ValueBasis): SQL {
  return basis === "accepted" ? eq(indicatorValues.state, "accepted") : ne(indicatorValues.state, "returned");
}

/** Values of some indicators that count for the basis (all regions and years). */
export async function countedValues(db: DbOrTx, indicatorIds: readonly string[], basis: ValueBasis): Promise<IndicatorValueRow[]> {
  if (indicatorIds.length === 0) return [];
  const ids = sql.join(indicatorIds.map((id) => sql`${id}::uuid`), sql`, `);
  return db.select().from(indicatorValues).where(and(sql`${indicatorValues.indicatorId} IN (${ids})`, basisCondition(basis)));
}

export async function listIndicatorValues(db: DbOrTx, indicatorId: string): Promise<IndicatorValueView[]> {
  const rows = await db
    .select(withRegion)
    .from(indicatorValues)
    .leftJoin(regions, eq(regions.code, indicatorValues.regionCode))
    .where(eq(indicatorValues.indicatorId, indicatorId))
    .orderBy(desc(indicatorValues.year), asc(indicatorValues.regionCode));
  return flatten(rows);
}

export interface ValueFilter {
  /** Region subtree prefix the viewer may see. */
  prefix: string;
  planId?: string;
  indicatorId?: string;
  regionCode?: string;
  year?: number;
  state?: IndicatorValueRow["state"];
  /** A liaison sees only the values of indicators its unit is responsible for. */
  responsibleUnitId?: string;
}

export async function searchIndicatorValues(db: DbOrTx, filter: ValueFilter, limit: number, offset: number): Promise<{ items: IndicatorValueView[]; total: number }> {
  const parts: SQL[] = [regionSubtree(sql`${indicatorValues.regionCode}`, filter.prefix)];
  if (filter.planId) parts.push(eq(indicatorValues.planId, filter.planId));
  if (filter.indicatorId) parts.push(eq(indicatorValues.indicatorId, filter.indicatorId));
  if (filter.regionCode) parts.push(eq(indicatorValues.regionCode, filter.regionCode));
  if (filter.year !== undefined) parts.push(eq(indicatorValues.year, filter.year));
  if (filter.state) parts.push(eq(indicatorValues.state, filter.state));
  if (filter.responsibleUnitId) {
    parts.push(sql`EXISTS (SELECT 1 FROM indicators i WHERE i.id = ${indicatorValues.indicatorId} AND i.responsible_unit_id = ${filter.responsibleUnitId})`);
  }
  const where = and(...parts);
  const [items, totals] = await Promise.all([
    db
      .select(withRegion)
      .from(indicatorValues)
      .leftJoin(regions, eq(regions.code, indicatorValues.regionCode))
      .where(where)
      .orderBy(asc(indicatorValues.submittedAt), desc(indicatorValues.year), asc(indicatorValues.regionCode))
      .limit(limit)
      .offset(offset),
    db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues).where(where),
  ]);
  return { items: flatten(items), total: totals[0]?.n ?? 0 };
}

export async function findIndicatorValue(db: DbOrTx, id: string): Promise<IndicatorValueView | null> {
  const rows = await db.select(withRegion).from(indicatorValues).leftJoin(regions, eq(regions.code, indicatorValues.regionCode)).where(eq(indicatorValues.id, id)).limit(1);
  return flatten(rows)[0] ?? null;
}

export async function findValueFor(db: DbOrTx, regionCode: string, indicatorId: string, year: number): Promise<IndicatorValueRow | null> {
  const rows = await db
    .select()
    .from(indicatorValues)
    .where(and(eq(indicatorValues.regionCode, regionCode), eq(indicatorValues.indicatorId, indicatorId), eq(indicatorValues.year, year)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertIndicatorValue(db: DbOrTx, row: NewIndicatorValue): Promise<IndicatorValueRow | null> {
  const rows = await db.insert(indicatorValues).values(row).onConflictDoNothing().returning();
  return rows[0] ?? null;
}

export async function updateValueIfVersion(db: DbOrTx, row: IndicatorValueRow, version: number, patch: Partial<NewIndicatorValue>): Promise<IndicatorValueRow | null> {
  const rows = await db
    .update(indicatorValues)
    .set({ ...patch, version: sql`${indicatorValues.version} + 1` })
    .where(and(eq(indicatorValues.regionCode, row.regionCode), eq(indicatorValues.id, row.id), eq(indicatorValues.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function countValuesOf(db: DbOrTx, indicatorId: string): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(indicatorValues).where(eq(indicatorValues.indicatorId, indicatorId));
  return rows[0]?.n ?? 0;
}
