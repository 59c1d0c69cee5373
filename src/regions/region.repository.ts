import { asc, eq, like, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { regions } from "../db/schema/index";
import type { RegionDto } from "../shared/api";
import { regionSubtreePattern } from "./region-scope";

export type RegionRow = typeof regions.$inferSelect;

export async function listRegionsInScope(db: DbOrTx, scopeCode: string): Promise<RegionRow[]> {
  return db.select().from(regions).where(like(regions.code, regionSubtreePattern(scopeCode))).orderBy(asc(regions.code));
}

export async function findRegion(db: DbOrTx, code: string): Promise<RegionRow | null> {
  const rows = await db.select().from(regions).where(eq(regions.code, code)).limit(1);
  return rows[0] ?? null;
}

export async function insertRegion(db: DbOrTx, region: RegionDto): Promise<RegionRow> {
  const rows = await db.insert(regions).values(region).returning();
  return rows[0];
}

export async function updateRegion(db: DbOrTx, code: string, patch: Partial<Pick<RegionDto, "name" | "parentCode">>): Promise<RegionRow> {
  const rows = await db.update(regions).set(patch).where(eq(regions.code, code)).returning();
  return rows[0];
}

/** Inserts the preloaded regions; existing codes are left as the office edited them. */
export async function ensureRegions(db: DbOrTx, list: RegionDto[]): Promise<void> {
  if (list.length === 0) return;
  await db.insert(regions).values(list).onConflictDoNothing({ target: regions.code });
}

export async function countRegions(db: DbOrTx): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)::int` }).from(regions);
  return rows[0]?.n ?? 0;
}

export function presentRegion(row: RegionRow): RegionDto {
  return { code: row.code, name: row.name, level: row.level, parentCode: row.parentCode, isDemo: row.isDemo };
}
