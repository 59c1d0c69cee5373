import { and, asc, eq, like } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { units, users } from "../db/schema/index";
import type { UnitDto } from "../shared/api";
import { regionSubtreePattern } from "../regions/region-scope";

export type UnitRow = typeof units.$inferSelect;
export type NewUnit = typeof units.$inferInsert;

export async function listUnits(db: DbOrTx, scopeCode: string, regionCode?: string): Promise<UnitRow[]> {
  const where = regionCode
    ? and(like(units.regionCode, regionSubtreePattern(scopeCode)), eq(units.regionCode, regionCode))
    : like(units.regionCode, regionSubtreePattern(scopeCode));
  return db.select().from(units).where(where).orderBy(asc(units.regionCode), asc(units.name));
}

export async function findUnit(db: DbOrTx, id: string): Promise<UnitRow | null> {
  const rows = await db.select().from(units).where(eq(units.id, id)).limit(1);
  return rows[0] ?? null;
}

export async function findUnitByName(db: DbOrTx, regionCode: string, name: string): Promise<UnitRow | null> {
  const rows = await db.select().from(units).where(and(eq(units.regionCode, regionCode), eq(units.name, name))).limit(1);
  return rows[0] ?? null;
}

export async function insertUnit(db: DbOrTx, unit: NewUnit): Promise<UnitRow> {
  const rows = await db.insert(units).values(unit).returning();
  return rows[0];
}

/** Updates only when the stored version is the one the client saw; returns null on a stale write. */
export async function updateUnitIfVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<Pick<UnitRow, "name" | "kind" | "aliases" | "active">> & { updatedAt: Date; updatedBy: string },
): Promise<UnitRow | null> {
  const rows = await db
    .update(units)
    .set({ ...patch, version: version + 1 })
    .where(and(eq(units.id, id), eq(units.version, version)))
    .returning();
  return rows[0] ?? null;
}

export async function findUnitEditor(db: DbOrTx, unit: UnitRow): Promise<string | null> {
  if (!unit.updatedBy) return null;
  const rows = await db.select({ name: users.displayName }).from(users).where(eq(users.id, unit.updatedBy)).limit(1);
  return rows[0]?.name ?? null;
}

export function presentUnit(row: UnitRow): UnitDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    name: row.name,
    kind: row.kind,
    aliases: row.aliases,
    active: row.active,
    version: row.version,
  };
}
