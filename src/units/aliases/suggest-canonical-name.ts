import type { DepartmentChangeKind } from "./renamed-departments";
import { findDepartmentEntries } from "./department-lookup";
import { normalizeUnitName, splitLevelPrefix } from "./unit-name";

/** Today's name proposed for a unit written under an old name. */
export interface CanonicalNameSuggestion {
  name: string;
  kind: DepartmentChangeKind;
  note: string;
}

/**
 * Today's names for a unit written under a former name, level prefix kept
 * (区卫计局 → 区卫生健康局, 区卫健委 …), for the "create unit" action.
 * Empty when the name is not a known former name (it may already be current) or
 * when only some places made the change (区体育局 may well still exist).
 */
export function suggestCanonicalName(name: string): CanonicalNameSuggestion[] {
  const { prefix, body } = splitLevelPrefix(normalizeUnitName(name));
  const suggestions: CanonicalNameSuggestion[] = [];
  for (const entry of findDepartmentEntries(body)) {
    if (!entry.former.includes(body) || entry.localChoice) continue;
    for (const current of entry.current) {
      const full = prefix + current;
      if (!suggestions.some((known) => known.name === full)) {
        suggestions.push({ name: full, kind: entry.kind, note: entry.note });
      }
    }
  }
  return suggestions;
}
