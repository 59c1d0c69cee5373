// Public surface of unit-name resolution: old department names to today's units.
export { RENAMED_DEPARTMENTS, type DepartmentChangeKind, type DepartmentRename } from "./renamed-departments";
export {
  resolveUnitName,
  type DirectoryUnit,
  type UnitCandidate,
  type UnitResolution,
  type UnitResolutionStatus,
} from "./resolve-unit-name";
export { suggestCanonicalName, type CanonicalNameSuggestion } from "./suggest-canonical-name";
export { normalizeUnitName, splitLevelPrefix } from "./unit-name";
