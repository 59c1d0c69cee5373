import type { z } from "zod";
import type { DbOrTx } from "../db/client";
import { notFound } from "../errors/app-error";
import type { PlanRow } from "../supervision/plan-lookup";
import { ensurePlanIndicators } from "./indicator-backfill";
import { defaultYear, IndicatorFigures, loadRegionTree, type Figure, type RegionTree } from "./indicator-figures";
import { listPlanIndicators, type IndicatorWithUnit } from "./indicator.repository";
import { countedValues, type ValueBasis } from "./indicator-value.repository";
import type { planIndicatorsResponse } from "./indicator.schemas";
import { presentIndicator } from "./indicator.presenter";

/** A plan's indicators with the figures of every region and year, ready to be read. */
export interface PlanFigures {
  tree: RegionTree;
  items: { indicator: IndicatorWithUnit; figures: IndicatorFigures }[];
}

/** Loads (and on first read backfills) a plan's indicators and rolls their counted values up the plan's region tree. */
export async function loadPlanFigures(db: DbOrTx, plan: PlanRow, basis: ValueBasis, now: Date): Promise<PlanFigures> {
  await ensurePlanIndicators(db, plan, now);
  const [indicatorRows, tree] = await Promise.all([listPlanIndicators(db, plan.regionCode, plan.id), loadRegionTree(db, plan.regionCode)]);
  const values = await countedValues(db, indicatorRows.map((i) => i.id), basis);
  const period = { start: plan.periodStart, end: plan.periodEnd };
  return {
    tree,
    items: indicatorRows.map((indicator) => ({
      indicator,
      figures: new IndicatorFigures(indicator, values.filter((v) => v.indicatorId === indicator.id), tree, period),
    })),
  };
}

/** The region a reader asked for, which must lie in the plan's tree; the plan's own region by default. */
export function viewedRegion(tree: RegionTree, plan: PlanRow, regionCode: string | undefined): string {
  const code = regionCode ?? plan.regionCode;
  if (!tree.has(code)) throw notFound("行政区划", "Region");
  return code;
}

/** The years with data anywhere in the viewed subtree, across the plan's indicators. */
export function yearsOf(figures: PlanFigures, regionCode: string): number[] {
  return [...new Set(figures.items.flatMap((i) => i.figures.yearsWithData(regionCode)))].sort((a, b) => a - b);
}

export async function planIndicatorList(
  db: DbOrTx,
  plan: PlanRow,
  query: { year?: number; regionCode?: string; basis: ValueBasis },
  today: string,
  now: Date,
): Promise<z.infer<typeof planIndicatorsResponse>> {
  const figures = await loadPlanFigures(db, plan, query.basis, now);
  const regionCode = viewedRegion(figures.tree, plan, query.regionCode);
  const years = yearsOf(figures, regionCode);
  const year = query.year ?? defaultYear(years, today, plan.periodEnd);
  return {
    planId: plan.id,
    regionCode,
    regionName: figures.tree.names.get(regionCode) ?? null,
    year,
    years,
    basis: query.basis,
    items: figures.items.map(({ indicator, figures: f }) => ({
      ...presentIndicator(indicator),
      figure: f.figure(regionCode, year),
      children: f.children(regionCode, year),
    })),
  };
}

/**
 * One indicator's series over its span at the viewed region, and the children's figures in the shown year
 * (the asked one, else the latest with data).
 */
export function indicatorSeries(
  f: IndicatorFigures,
  regionCode: string,
  today: string,
  periodEnd: number,
  askedYear?: number,
): { year: number; series: Figure[]; children: Figure[] } {
  const year = askedYear ?? defaultYear(f.yearsWithData(regionCode), today, periodEnd);
  return { year, series: f.span().map((y) => f.figure(regionCode, y)), children: f.children(regionCode, year) };
}
