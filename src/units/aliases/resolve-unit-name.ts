import { findDepartmentEntries } from "./department-lookup";
import { nameSimilarity } from "./name-similarity";
import { normalizeUnitName, prefixesCompatible, splitLevelPrefix } from "./unit-name";

/** A unit of the directory as the resolver needs it. */
export interface DirectoryUnit {
  id: string;
  name: string;
  aliases: string[];
}

/** A directory unit the name may mean, and why. */
export interface UnitCandidate {
  unitId: string;
  name: string;
  reason: string;
}

/** How a written name was matched: by the unit's name, one of its aliases, the rename table, or not at all. */
export type UnitResolutionStatus = "exact" | "alias" | "renamed" | "unknown";

/** Result of resolving a written unit name; unitId is set unless the status is "unknown". */
export interface UnitResolution {
  status: UnitResolutionStatus;
  unitId?: string;
  candidates: UnitCandidate[];
}

const MAX_SIMILAR_CANDIDATES = 3;
const MIN_SIMILARITY = 0.3;

/**
 * Resolves a unit name as a document writes it (区卫计局) against the unit directory:
 * exact name, then a directory alias, then the renamed-department table with the
 * same level prefix, else "unknown" with the most similar units as candidates.
 */
export function resolveUnitName(name: string, directory: readonly DirectoryUnit[]): UnitResolution {
  const wanted = normalizeUnitName(name);
  if (wanted === "") return { status: "unknown", candidates: [] };

  const exact = directory.filter((unit) => normalizeUnitName(unit.name) === wanted);
  if (exact.length > 0) return resolved("exact", exact.map((unit) => candidate(unit, "same name")));

  const byAlias = directory.flatMap((unit) => {
    const alias = unit.aliases.find((written) => normalizeUnitName(written) === wanted);
    return alias === undefined ? [] : [candidate(unit, `alias “${alias}”`)];
  });
  if (byAlias.length > 0) return resolved("alias", byAlias);

  const renamed = findRenamedCandidates(wanted, directory);
  if (renamed.length > 0) return resolved("renamed", renamed);

  return { status: "unknown", candidates: findSimilarCandidates(wanted, directory) };
}

function resolved(status: Exclude<UnitResolutionStatus, "unknown">, candidates: UnitCandidate[]): UnitResolution {
  return { status, unitId: candidates[0].unitId, candidates };
}

function candidate(unit: DirectoryUnit, reason: string): UnitCandidate {
  return { unitId: unit.id, name: unit.name, reason };
}

interface ScoredCandidate extends UnitCandidate {
  rank: number;
}

// Targets are tried in table order (today's usual name first); a directory unit
// under the same prefix ranks before one whose prefix only names the same level.
function findRenamedCandidates(wanted: string, directory: readonly DirectoryUnit[]): UnitCandidate[] {
  const { prefix, body } = splitLevelPrefix(wanted);
  const targets: { body: string; reason: string }[] = [];
  for (const entry of findDepartmentEntries(body)) {
    const isFormer = entry.former.includes(body);
    // A current name may also meet a directory that still carries a former name.
    const names = isFormer ? entry.current : [...entry.current, ...entry.former];
    for (const target of names) {
      if (target === body || targets.some((known) => known.body === target)) continue;
      const relation = entry.former.includes(target)
        ? "former name still in the directory"
        : isFormer
          ? entry.kind
          : "name-variant";
      targets.push({ body: target, reason: `${body} → ${target} (${relation}: ${entry.note})` });
    }
  }
  if (targets.length === 0) return [];

  const scored: ScoredCandidate[] = [];
  directory.forEach((unit) => {
    for (const written of [unit.name, ...unit.aliases]) {
      const split = splitLevelPrefix(normalizeUnitName(written));
      const targetIndex = targets.findIndex((target) => target.body === split.body);
      if (targetIndex < 0 || !prefixesCompatible(prefix, split.prefix)) continue;
      const rank = targetIndex * 2 + (split.prefix === prefix ? 0 : 1);
      const existing = scored.find((known) => known.unitId === unit.id);
      if (existing && existing.rank <= rank) continue;
      if (existing) scored.splice(scored.indexOf(existing), 1);
      scored.push({ ...candidate(unit, targets[targetIndex].reason), rank });
    }
  });
  return scored.sort((a, b) => a.rank - b.rank).map(({ unitId, name, reason }) => ({ unitId, name, reason }));
}

function findSimilarCandidates(wanted: string, directory: readonly DirectoryUnit[]): UnitCandidate[] {
  return directory
    .map((unit) => {
      const score = Math.max(...[unit.name, ...unit.aliases].map((written) => nameSimilarity(wanted, normalizeUnitName(written))));
      return { unit, score };
    })
    .filter(({ score }) => score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SIMILAR_CANDIDATES)
    .map(({ unit, score }) => candidate(unit, `similar name (${score.toFixed(2)})`));
}
