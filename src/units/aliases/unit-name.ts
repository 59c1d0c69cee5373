import { isKnownDepartmentBody } from "./department-lookup";

/** A unit name split into its level prefix (区, 市, 沙坪坝区 …) and the department body (卫计局). */
export interface SplitUnitName {
  prefix: string;
  body: string;
}

// Words that end a level prefix. Longer words first so that 自治县 wins over 县.
const LEVEL_WORDS = ["街道", "自治区", "自治州", "自治县", "省", "市", "州", "盟", "区", "县", "旗", "镇", "乡"] as const;
// A name may start with the level word alone (区卫计局) — only these are taken
// without a known body, because they are how the documents write local units.
const BARE_LEVEL_PREFIXES = ["街道", "省", "市", "区", "县", "镇", "乡"] as const;
const MAX_PREFIX_LENGTH = 16;

/** Normalises a unit name for comparison: NFKC, no spaces, punctuation or symbols, no trailing 等. */
export function normalizeUnitName(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[\s\p{P}\p{S}]/gu, "")
    .replace(/等$/u, "");
}

/**
 * Splits a (normalised) unit name into level prefix and body.
 * Prefers the shortest prefix that leaves a department the rename table knows
 * (市市场监管局 → 市 + 市场监管局; 沙坪坝区卫计局 → 沙坪坝区 + 卫计局); otherwise a bare
 * leading level word (区新闻中心 → 区 + 新闻中心); otherwise no prefix (团市委).
 */
export function splitLevelPrefix(name: string): SplitUnitName {
  if (isKnownDepartmentBody(name)) return { prefix: "", body: name };
  const limit = Math.min(name.length - 1, MAX_PREFIX_LENGTH);
  for (let end = 1; end <= limit; end++) {
    const prefix = name.slice(0, end);
    if (LEVEL_WORDS.some((word) => prefix.endsWith(word)) && isKnownDepartmentBody(name.slice(end))) {
      return { prefix, body: name.slice(end) };
    }
  }
  const bare = BARE_LEVEL_PREFIXES.find((word) => name.startsWith(word) && name.length > word.length);
  return bare ? { prefix: bare, body: name.slice(bare.length) } : { prefix: "", body: name };
}

/**
 * True when two level prefixes can denote the same level: equal, or one is the bare
 * level word the other ends with (区 and 沙坪坝区). Both empty counts as compatible.
 */
export function prefixesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === "" || b === "") return false;
  const isBare = (prefix: string) => (BARE_LEVEL_PREFIXES as readonly string[]).includes(prefix);
  return (isBare(a) && b.endsWith(a)) || (isBare(b) && a.endsWith(b));
}
