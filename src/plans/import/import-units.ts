import { randomUUID } from "node:crypto";
import { stateDigest } from "../../audit/audit-chain";
import type { DbOrTx } from "../../db/client";
import { AppError } from "../../errors/app-error";
import type { RequestAuditInput } from "../../server/audit-request";
import { normalizeUnitName } from "../../units/aliases/index";
import { and, eq } from "drizzle-orm";
import { units } from "../../db/schema/index";
import { insertUnit, type UnitRow } from "../../units/unit.repository";
import type { UnitMappingTarget } from "../plan.schemas";
import { resolveWrittenNames } from "./unit-directory";

export interface UnitAssignmentContext {
  regionCode: string;
  userId: string | null;
  now: Date;
  record: (input: RequestAuditInput) => Promise<void>;
}

/**
 * Settles every written unit name to a unit id: the user's mapping first, then the directory
 * (exact, alias, renamed department). Units the user chose to create are created here, in the
 * caller's transaction, with the written names as aliases; a "create" whose name already exists
 * in the region reuses that unit and adds the alias instead of failing.
 * Names left unknown fail the whole import with the list of them.
 */
export async function assignUnits(
  tx: DbOrTx,
  names: readonly string[],
  mapping: Readonly<Record<string, UnitMappingTarget>>,
  directory: UnitRow[],
  context: UnitAssignmentContext,
): Promise<{ unitIdByName: Map<string, string>; created: number }> {
  const resolutions = new Map(resolveWrittenNames(names, directory).map((unit) => [unit.nameAsWritten, unit]));
  const byId = new Map(directory.map((row) => [row.id, row]));
  const unitIdByName = new Map<string, string>();
  const toCreate = new Map<string, { name: string; kind: UnitRow["kind"]; writtenNames: string[] }>();
  const unmapped: string[] = [];
  const foreign: string[] = [];

  for (const name of names) {
    const target = mapping[name];
    if (typeof target === "string") {
      if (!byId.has(target)) foreign.push(name);
      else unitIdByName.set(name, target);
    } else if (target) {
      const key = normalizeUnitName(target.create.name);
      const entry = toCreate.get(key) ?? { name: target.create.name.trim(), kind: target.create.kind, writtenNames: [] };
      entry.writtenNames.push(name);
      toCreate.set(key, entry);
    } else {
      const resolved = resolutions.get(name)?.unitId;
      if (resolved) unitIdByName.set(name, resolved);
      else unmapped.push(name);
    }
  }
  if (foreign.length > 0) {
    throw new AppError("VALIDATION_FAILED", {
      reason: `以下单位对应的单位不存在或不属于本地区：${foreign.join("、")}`,
      reasonEn: `mapped to a unit that does not exist in this region: ${foreign.join(", ")}`,
    }, { details: { names: foreign } });
  }
  if (unmapped.length > 0) {
    throw new AppError("PLAN_UNITS_UNMAPPED", { names: unmapped.join("、") }, { details: { names: unmapped } });
  }

  let created = 0;
  for (const [key, entry] of toCreate) {
    const aliases = entry.writtenNames.filter((written) => written !== entry.name);
    const existing = directory.find((row) => normalizeUnitName(row.name) === key);
    if (existing) {
      const missing = aliases.filter((alias) => !existing.aliases.includes(alias));
      if (missing.length > 0) {
        const updated = await addUnitAliases(tx, existing, missing, context);
        if (!updated) throw new AppError("CONFLICT", { reason: `单位“${existing.name}”刚被修改，请重试`, reasonEn: `Unit ${existing.name} was just changed; try again` });
        await context.record({ action: "unit.update", objectType: "unit", objectId: updated.id, outcome: "success", regionCode: updated.regionCode, beforeDigest: stateDigest(existing), afterDigest: stateDigest(updated) });
      }
      for (const written of entry.writtenNames) unitIdByName.set(written, existing.id);
      continue;
    }
    const row = await insertUnit(tx, {
      id: randomUUID(),
      regionCode: context.regionCode,
      name: entry.name,
      kind: entry.kind,
      aliases,
      updatedAt: context.now,
      updatedBy: context.userId,
    });
    created++;
    await context.record({ action: "unit.create", objectType: "unit", objectId: row.id, outcome: "success", regionCode: row.regionCode, afterDigest: stateDigest(row), detail: { via: "plan.import" } });
    for (const written of entry.writtenNames) unitIdByName.set(written, row.id);
  }
  return { unitIdByName, created };
}

/** Adds aliases on the version read, so a concurrent edit of the unit fails the import instead of being lost. */
async function addUnitAliases(tx: DbOrTx, unit: UnitRow, aliases: string[], context: UnitAssignmentContext): Promise<UnitRow | null> {
  const rows = await tx
    .update(units)
    .set({ aliases: [...unit.aliases, ...aliases], version: unit.version + 1, updatedAt: context.now, updatedBy: context.userId })
    .where(and(eq(units.id, unit.id), eq(units.version, unit.version)))
    .returning();
  return rows[0] ?? null;
}
