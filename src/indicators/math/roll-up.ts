import type { IndicatorValue, RegionNode } from "./types";

/** Why an entered value was left out of the roll-up. */
export type IgnoredReason =
  | "unknown-region"
  | "duplicate"
  | "not-a-number"
  | "negative"
  | "rate-without-denominator"
  | "numerator-exceeds-denominator"
  | "count-without-value";

/** Which subregions a figure counts and which it lacks. */
export interface Coverage {
  /** True when nothing under the region is missing. */
  complete: boolean;
  /** Direct subregions whose figures were added. */
  reporting: string[];
  /** The largest subtrees with no figure at all (a missing county is listed once, not town by town). */
  missing: string[];
}

/** A sum of figures: numerator and denominator for rates, value alone for counts. */
export interface Aggregate {
  numerator: number | null;
  denominator: number | null;
  /** Per cent (numerator / denominator × 100) for rates, the sum for counts; null when 0/0. */
  value: number | null;
}

/** The figure of one region for one year. */
export interface RollUpRow extends Aggregate {
  regionCode: string;
  year: number;
  /** "entered": the region's own figure; "rolled-up": the sum of its subregions; "none": no data. */
  source: "entered" | "rolled-up" | "none";
  coverage: Coverage;
  /** The sum of the subregions whenever any has data, also when the region's own figure wins (for cross-checks). */
  fromChildren: (Aggregate & { coverage: Coverage }) | null;
}

/** What rollUp returns. */
export interface RollUpResult {
  rows: RollUpRow[];
  ignored: { value: IndicatorValue; reason: IgnoredReason }[];
  /** The row of one region and year, if the region is in the tree and the year has data anywhere. */
  get(regionCode: string, year: number): RollUpRow | undefined;
}

/** Options of rollUp. */
export interface RollUpOptions {
  /** Rates add numerators and denominators; counts add values. Inferred from the data when absent. */
  isRate?: boolean;
}

interface Sum {
  numerator: number;
  denominator: number;
  value: number;
  hasData: boolean;
  missing: string[];
}

const key = (code: string, year: number): string => `${code}@${year}`;

function validate(v: IndicatorValue, isRate: boolean): IgnoredReason | null {
  const present = [v.numerator, v.denominator, v.value].filter((x): x is number => x !== undefined);
  if (present.some((x) => !Number.isFinite(x))) return "not-a-number";
  if (present.some((x) => x < 0)) return "negative";
  if (isRate) {
    if (v.numerator === undefined || v.denominator === undefined) return "rate-without-denominator";
    if (v.numerator > v.denominator) return "numerator-exceeds-denominator";
    return null;
  }
  return v.value === undefined ? "count-without-value" : null;
}

function rateOf(numerator: number, denominator: number): number | null {
  return denominator > 0 ? (numerator / denominator) * 100 : null;
}

function aggregateOf(sum: Sum, isRate: boolean): Aggregate {
  return isRate
    ? { numerator: sum.numerator, denominator: sum.denominator, value: rateOf(sum.numerator, sum.denominator) }
    : { numerator: null, denominator: null, value: sum.value };
}

/**
 * Rolls an indicator's figures up the region tree: a region's rate is the sum of its subregions'
 * numerators over the sum of their denominators (never an average of rates), counts add up.
 * A region's own entered figure wins over the sum of its subregions; the sum is kept beside it.
 */
export function rollUp(
  values: readonly IndicatorValue[],
  regionTree: RegionNode | readonly RegionNode[],
  options: RollUpOptions = {},
): RollUpResult {
  const roots = Array.isArray(regionTree) ? (regionTree as readonly RegionNode[]) : [regionTree as RegionNode];
  const isRate = options.isRate ?? values.some((v) => v.denominator !== undefined);

  const known = new Set<string>();
  const walk = (n: RegionNode): void => {
    known.add(n.code);
    n.children?.forEach(walk);
  };
  roots.forEach(walk);

  const ignored: RollUpResult["ignored"] = [];
  const entries = new Map<string, IndicatorValue>();
  for (const v of values) {
    const reason = !known.has(v.regionCode)
      ? "unknown-region"
      : entries.has(key(v.regionCode, v.year))
        ? "duplicate"
        : validate(v, isRate);
    if (reason) ignored.push({ value: v, reason });
    else entries.set(key(v.regionCode, v.year), v);
  }
  const years = [...new Set([...entries.values()].map((v) => v.year))].sort((a, b) => a - b);

  const rows: RollUpRow[] = [];
  const byKey = new Map<string, RollUpRow>();

  const visit = (node: RegionNode, year: number): Sum => {
    const childSums = (node.children ?? []).map((c) => ({ code: c.code, sum: visit(c, year) }));
    const withData = childSums.filter((c) => c.sum.hasData);
    const childrenSum: Sum = {
      numerator: withData.reduce((s, c) => s + c.sum.numerator, 0),
      denominator: withData.reduce((s, c) => s + c.sum.denominator, 0),
      value: withData.reduce((s, c) => s + c.sum.value, 0),
      hasData: withData.length > 0,
      missing: childSums.flatMap((c) => (c.sum.hasData ? c.sum.missing : [c.code])),
    };
    const childCoverage: Coverage = {
      complete: childrenSum.missing.length === 0,
      reporting: withData.map((c) => c.code),
      missing: childrenSum.missing,
    };
    const fromChildren = childrenSum.hasData
      ? { ...aggregateOf(childrenSum, isRate), coverage: childCoverage }
      : null;

    const own = entries.get(key(node.code, year));
    let row: RollUpRow;
    let sum: Sum;
    if (own) {
      sum = { numerator: own.numerator ?? 0, denominator: own.denominator ?? 0, value: own.value ?? 0, hasData: true, missing: [] };
      row = { regionCode: node.code, year, source: "entered", ...aggregateOf(sum, isRate), coverage: { complete: true, reporting: [], missing: [] }, fromChildren };
    } else if (fromChildren) {
      sum = childrenSum;
      row = { regionCode: node.code, year, source: "rolled-up", ...aggregateOf(sum, isRate), coverage: childCoverage, fromChildren };
    } else {
      sum = { numerator: 0, denominator: 0, value: 0, hasData: false, missing: [node.code] };
      row = {
        regionCode: node.code,
        year,
        source: "none",
        numerator: null,
        denominator: null,
        value: null,
        coverage: { complete: false, reporting: [], missing: [node.code] },
        fromChildren: null,
      };
    }
    rows.push(row);
    byKey.set(key(node.code, year), row);
    return sum;
  };
  for (const year of years) for (const root of roots) visit(root, year);

  return { rows, ignored, get: (code, year) => byKey.get(key(code, year)) };
}

/** Builds the region tree from flat rows with a parent code (roots have none or an unknown parent). */
export function regionTreeFromParents(regions: readonly { code: string; parentCode: string | null; name?: string }[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>(regions.map((r) => [r.code, { code: r.code, name: r.name, children: [] }]));
  const roots: RegionNode[] = [];
  for (const r of regions) {
    const node = nodes.get(r.code) as RegionNode;
    const parent = r.parentCode ? nodes.get(r.parentCode) : undefined;
    if (parent && parent !== node) parent.children?.push(node);
    else roots.push(node);
  }
  return roots;
}
