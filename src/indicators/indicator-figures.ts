import type { DbOrTx } from "../db/client";
import { listRegionsInScope } from "../regions/region.repository";
import { isInRegionScope } from "../regions/region-scope";
import { indicatorStatus, regionTreeFromParents, rollUp, type IndicatorStatus, type RegionNode, type RollUpResult } from "./math/index";
import type { Indicator as MathIndicator, IndicatorValue as MathValue } from "./math/index";
import type { IndicatorRow } from "./indicator.repository";
import type { IndicatorValueRow } from "./indicator-value.repository";

/** One region's figure of an indicator for one year, with its status against the target. */
export interface Figure {
  regionCode: string;
  regionName: string | null;
  year: number;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  source: "entered" | "rolled-up" | "none";
  coverage: { complete: boolean; reporting: string[]; missing: string[] };
  status: Omit<IndicatorStatus, "reason"> & { reason: NonNullable<IndicatorStatus["reason"]> | null };
}

/** The plan region's subtree: the tree for the roll-up, names, and each region's direct children. */
export interface RegionTree {
  roots: RegionNode[];
  names: Map<string, string>;
  children: Map<string, string[]>;
  has(code: string): boolean;
}

export async function loadRegionTree(db: DbOrTx, rootCode: string): Promise<RegionTree> {
  const rows = await listRegionsInScope(db, rootCode);
  const list = rows.some((r) => r.code === rootCode) ? rows : [{ code: rootCode, parentCode: null, name: rootCode }, ...rows];
  const roots = regionTreeFromParents(list.map((r) => ({ code: r.code, parentCode: r.parentCode, name: r.name })));
  const children = new Map<string, string[]>();
  const walk = (node: RegionNode): void => {
    children.set(node.code, (node.children ?? []).map((c) => c.code));
    node.children?.forEach(walk);
  };
  roots.forEach(walk);
  return { roots, names: new Map(list.map((r) => [r.code, r.name])), children, has: (code) => children.has(code) };
}

/** The maths' view of a stored indicator. */
export function toMathIndicator(row: IndicatorRow): MathIndicator {
  const change = row.targetChange as MathIndicator["target"]["change"] | null;
  return {
    name: row.name,
    target: { op: row.targetOp, value: row.targetValue, unit: row.targetUnit, ...(row.targetText ? { text: row.targetText } : {}), ...(change ? { change } : {}) },
    attribute: row.attribute,
    baseline: row.baselineValue !== null && row.baselineYear !== null ? { value: row.baselineValue, year: row.baselineYear } : null,
    targetYear: row.targetYear,
    isRate: row.isRate,
  };
}

function toMathValue(row: IndicatorValueRow, isRate: boolean): MathValue {
  return isRate
    ? { regionCode: row.regionCode, year: row.year, numerator: row.numerator ?? undefined, denominator: row.denominator ?? undefined }
    : { regionCode: row.regionCode, year: row.year, value: row.value ?? undefined };
}

/** Every figure of one indicator: rolled up once, read per region and year. */
export class IndicatorFigures {
  private readonly result: RollUpResult;
  private readonly math: MathIndicator;

  constructor(
    private readonly indicator: IndicatorRow,
    private readonly values: readonly IndicatorValueRow[],
    private readonly tree: RegionTree,
    private readonly period: { start: number; end: number },
  ) {
    this.math = toMathIndicator(indicator);
    this.result = rollUp(values.map((v) => toMathValue(v, indicator.isRate)), tree.roots, { isRate: indicator.isRate });
  }

  figure(regionCode: string, year: number): Figure {
    const row = this.result.get(regionCode, year);
    const status = indicatorStatus(this.math, row?.value ?? null, year, this.period);
    return {
      regionCode,
      regionName: this.tree.names.get(regionCode) ?? null,
      year,
      numerator: row?.numerator ?? null,
      denominator: row?.denominator ?? null,
      value: row?.value ?? null,
      source: row?.source ?? "none",
      coverage: row?.coverage ?? { complete: false, reporting: [], missing: [regionCode] },
      status: { ...status, reason: status.reason ?? null },
    };
  }

  children(regionCode: string, year: number): Figure[] {
    return (this.tree.children.get(regionCode) ?? []).map((code) => this.figure(code, year));
  }

  /** Years with a counted value somewhere in the region's subtree, ascending. */
  yearsWithData(regionCode: string): number[] {
    return [...new Set(this.values.filter((v) => isInRegionScope(regionCode, v.regionCode)).map((v) => v.year))].sort((a, b) => a - b);
  }

  /** The years a chart of the indicator spans: baseline (or plan start) to the target year. */
  span(): number[] {
    const from = Math.min(this.indicator.baselineYear ?? this.period.start, this.period.start);
    const to = Math.max(this.indicator.targetYear, this.period.end);
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }
}

/** The year shown by default: the latest with data in the subtree, else this year capped to the plan's end. */
export function defaultYear(yearsWithData: readonly number[], today: string, periodEnd: number): number {
  if (yearsWithData.length > 0) return yearsWithData[yearsWithData.length - 1];
  return Math.min(Number(today.slice(0, 4)), periodEnd);
}
