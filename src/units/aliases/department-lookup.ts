import { type DepartmentRename, RENAMED_DEPARTMENTS } from "./renamed-departments";

// Body name → the table entries that mention it, built once. A body may sit in
// several entries (体育局 stays 体育局 or joins 教体局; 物价局 was split).
const ENTRIES_BY_BODY = new Map<string, DepartmentRename[]>();
for (const entry of RENAMED_DEPARTMENTS) {
  for (const body of [...entry.current, ...entry.former]) {
    const entries = ENTRIES_BY_BODY.get(body) ?? [];
    if (!entries.includes(entry)) entries.push(entry);
    ENTRIES_BY_BODY.set(body, entries);
  }
}

/** Table entries that name this body (without level prefix), as a former or a current name. */
export function findDepartmentEntries(body: string): readonly DepartmentRename[] {
  return ENTRIES_BY_BODY.get(body) ?? [];
}

/** True when the body is a department name the rename table knows. */
export function isKnownDepartmentBody(body: string): boolean {
  return ENTRIES_BY_BODY.has(body);
}
