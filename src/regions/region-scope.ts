/**
 * The code prefix shared by a region and everything below it: 440800 (a prefecture) → "4408",
 * 440000 → "44", 230881 → "230881", 230881101000 (a town padded to 12) → "230881101", 000000 (the country) → "".
 */
export function regionPrefix(code: string): string {
  if (code.length === 6) {
    if (code === "000000") return "";
    if (code.endsWith("0000")) return code.slice(0, 2);
    if (code.endsWith("00")) return code.slice(0, 4);
    return code;
  }
  if (code.length === 12 && code.endsWith("000")) return code.slice(0, 9);
  return code;
}

/** True when `target` lies in the subtree of `scope` (itself included). */
export function isInRegionScope(scope: string, target: string): boolean {
  return target.startsWith(regionPrefix(scope));
}

/** The LIKE pattern selecting a region subtree; prefixes are digits only, so nothing needs escaping. */
export function regionSubtreePattern(scope: string): string {
  return `${regionPrefix(scope)}%`;
}
