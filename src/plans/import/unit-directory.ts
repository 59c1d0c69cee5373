import type { DbOrTx } from "../../db/client";
import { listUnits, type UnitRow } from "../../units/unit.repository";
import { resolveUnitName, suggestCanonicalName, type DirectoryUnit, type UnitResolution } from "../../units/aliases/index";
import type { PreviewUnitDto } from "../plan.schemas";
import { guessUnitKind } from "./unit-kind";

/** The active units of exactly one region, as the name resolver reads them. */
export async function loadUnitDirectory(db: DbOrTx, regionCode: string): Promise<UnitRow[]> {
  const rows = await listUnits(db, regionCode, regionCode);
  return rows.filter((row) => row.active);
}

export function toDirectory(rows: readonly UnitRow[]): DirectoryUnit[] {
  return rows.map((row) => ({ id: row.id, name: row.name, aliases: row.aliases }));
}

/** Every distinct unit name of the rows, lead first, in document order. */
export function writtenUnitNames(rows: readonly { lead: string | null; partners: readonly string[] }[]): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    if (row.lead) names.add(row.lead);
    for (const partner of row.partners) names.add(partner);
  }
  return [...names];
}

/** How each written name resolves against the directory, with candidates and today's names for "create". */
export function resolveWrittenNames(names: readonly string[], rows: readonly UnitRow[]): PreviewUnitDto[] {
  const directory = toDirectory(rows);
  const byId = new Map(rows.map((row) => [row.id, row]));
  return names.map((nameAsWritten) => {
    const resolution: UnitResolution = resolveUnitName(nameAsWritten, directory);
    const suggested = suggestCanonicalName(nameAsWritten).map((suggestion) => suggestion.name);
    return {
      nameAsWritten,
      status: resolution.status,
      unitId: resolution.unitId ?? null,
      unitName: resolution.unitId ? (byId.get(resolution.unitId)?.name ?? null) : null,
      candidates: resolution.candidates,
      suggestedNames: suggested,
      suggestedKind: guessUnitKind(suggested[0] ?? nameAsWritten),
    };
  });
}
