import type { DbOrTx } from "../db/client";
import { notFound } from "../errors/app-error";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";
import { addCount, emptyCounts, milestoneLight, worstLight, type Light, type LightCounts } from "../supervision/lights";
import { childRegions, requireVisiblePlan, type PlanRow } from "../supervision/plan-lookup";
import type { Viewer } from "../supervision/viewer";
import { dashboardIndicators } from "./dashboard-indicators";
import {
  milestoneAcceptances,
  plansInSubtree,
  regionChain,
  taskLightsByRegionChapter,
  taskLightsOnDays,
  unitLightCounts,
  unitTasks,
  type MilestoneAcceptanceRow,
  type Scope,
  type TaskLightRow,
  type UnitLightCountRow,
} from "./dashboard.repository";
import { trendDates } from "./trend-dates";

/** The leader dashboard (驾驶舱): one region and optionally one plan, as of a day, in one answer. */

export interface DashboardQuery {
  asOf: string;
  regionCode?: string;
  planId?: string;
}

/** A units list longer than this is cut (the busiest first); `unitsTotal` says how many there were. */
export const MAX_UNITS = 200;

type RegionViewer = Extract<Viewer, { kind: "region" }>;

/** The viewed region (default: the viewer's own), 404 outside the viewer's subtree or unknown. */
async function resolveRegion(db: DbOrTx, viewer: RegionViewer, regionCode: string | undefined) {
  const code = regionCode ?? viewer.regionCode;
  if (!isInRegionScope(viewer.regionCode, code)) throw notFound("行政区划", "Region");
  const chain = await regionChain(db, code);
  if (chain.length === 0) throw notFound("行政区划", "Region");
  // The breadcrumb stops at the viewer's own region: above it is out of scope.
  const path = chain.filter((region) => isInRegionScope(viewer.regionCode, region.code)).reverse();
  return { code, name: chain[0].name, path: path.map((region) => ({ regionCode: region.code, name: region.name })) };
}

/** The chosen plan: visible to the viewer and inside the viewed region's subtree, else 404. */
async function resolvePlan(db: DbOrTx, viewer: RegionViewer, planId: string | undefined, regionCode: string): Promise<PlanRow | null> {
  if (planId === undefined) return null;
  const plan = await requireVisiblePlan(db, viewer, planId);
  if (!isInRegionScope(regionCode, plan.regionCode)) throw notFound("规划", "Plan");
  return plan;
}

export async function dashboard(db: DbOrTx, viewer: RegionViewer, query: DashboardQuery, now: Date) {
  const region = await resolveRegion(db, viewer, query.regionCode);
  // An evaluator assigned to one plan sees that plan's screen and nothing of the others.
  const limit = viewer.planId;
  const plan = await resolvePlan(db, viewer, query.planId ?? limit ?? undefined, region.code);
  const scope: Scope = { prefix: regionPrefix(region.code), planId: plan?.id ?? null };
  const [allPlans, children, allTaskRows, unitRows, milestones] = await Promise.all([
    plansInSubtree(db, scope.prefix),
    childRegions(db, region.code),
    taskLightsByRegionChapter(db, scope, query.asOf),
    unitLightCounts(db, scope, query.asOf),
    milestoneAcceptances(db, scope),
  ]);
  const start = trendStart(plan, milestones);
  const days = trendDates(start, query.asOf);
  const trendRows = await taskLightsOnDays(db, scope, days);
  const plans = limit === null ? allPlans : allPlans.filter((row) => row.planId === limit);
  const taskRows = limit === null ? allTaskRows : allTaskRows.filter((row) => row.planId === limit);
  const counts = emptyCounts();
  for (const row of taskRows) if (scope.planId === null || row.planId === scope.planId) addCount(counts, row.light, row.n);
  const units = unitsOf(unitRows);
  return {
    asOf: query.asOf,
    regionCode: region.code,
    regionName: region.name,
    path: region.path,
    plan: plan && { planId: plan.id, title: plan.title, regionCode: plan.regionCode, periodStart: plan.periodStart, periodEnd: plan.periodEnd, warningDays: plan.warningDays },
    plans,
    light: worstLight(counts),
    counts,
    units: units.slice(0, MAX_UNITS),
    unitsTotal: units.length,
    chapters: chaptersOf(taskRows, scope.planId),
    trend: trendOf(days, trendRows, milestones),
    indicators: plan ? await dashboardIndicators(db, plan, query.asOf, now) : null,
    children: childrenOf(children, taskRows),
  };
}

/** The trend starts at the plan period's first day, or earlier when a milestone is earlier; without a plan, at the first milestone. */
function trendStart(plan: PlanRow | null, milestones: readonly MilestoneAcceptanceRow[]): string | null {
  let start = plan ? `${plan.periodStart}-01-01` : null;
  for (const row of milestones) if (start === null || row.due < start) start = row.due;
  return start;
}

function unitsOf(rows: readonly UnitLightCountRow[]) {
  const units = new Map<string, { unitId: string; unitName: string; lead: LightCounts; partner: LightCounts }>();
  for (const row of rows) {
    const unit = units.get(row.unitId) ?? { unitId: row.unitId, unitName: row.unitName, lead: emptyCounts(), partner: emptyCounts() };
    addCount(unit[row.role], row.light, row.n);
    units.set(row.unitId, unit);
  }
  const weight = (u: { lead: LightCounts; partner: LightCounts }) => u.lead.total * 1000 + u.partner.total;
  return [...units.values()].sort((a, b) => weight(b) - weight(a) || a.unitName.localeCompare(b.unitName, "zh-CN"));
}

function chaptersOf(rows: readonly TaskLightRow[], planId: string | null) {
  const chapters = new Map<string, { chapter: string; firstSeq: number; counts: LightCounts }>();
  for (const row of rows) {
    if (planId !== null && row.planId !== planId) continue;
    const name = row.chapter ?? "";
    const chapter = chapters.get(name) ?? { chapter: name, firstSeq: row.firstSeq, counts: emptyCounts() };
    chapter.firstSeq = Math.min(chapter.firstSeq, row.firstSeq);
    addCount(chapter.counts, row.light, row.n);
    chapters.set(name, chapter);
  }
  return [...chapters.values()].sort((a, b) => a.firstSeq - b.firstSeq).map(({ chapter, counts }) => ({ chapter: chapter === "" ? null : chapter, counts }));
}

/** Light counts and overdue milestones on each day; a milestone is overdue when its timeline light is red. */
function trendOf(days: readonly string[], rows: readonly { i: number; light: Light; n: number }[], milestones: readonly MilestoneAcceptanceRow[]) {
  return days.map((day, index) => {
    const counts = emptyCounts();
    for (const row of rows) if (row.i === index + 1) addCount(counts, row.light, row.n);
    let overdue = 0;
    // The warning window only tells yellow from grey, so it does not matter for red.
    for (const m of milestones) if (milestoneLight({ due: m.due, acceptedOn: m.acceptedOn, isFinal: false }, day, 0) === "red") overdue += m.n;
    return { date: day, counts, overdue };
  });
}

/** Child regions with tasks of any plan in their subtree: the drill-down targets. */
function childrenOf(children: readonly { code: string; name: string }[], rows: readonly TaskLightRow[]) {
  return children
    .map((child) => {
      const prefix = regionPrefix(child.code);
      const counts = emptyCounts();
      for (const row of rows) if (prefix !== "" && row.regionCode.startsWith(prefix)) addCount(counts, row.light, row.n);
      return { regionCode: child.code, name: child.name, light: worstLight(counts), counts };
    })
    .filter((child) => child.counts.total > 0);
}

export async function dashboardUnitTasks(db: DbOrTx, viewer: RegionViewer, query: DashboardQuery & { unitId: string }) {
  const region = await resolveRegion(db, viewer, query.regionCode);
  const plan = await resolvePlan(db, viewer, query.planId ?? viewer.planId ?? undefined, region.code);
  const items = await unitTasks(db, { prefix: regionPrefix(region.code), planId: plan?.id ?? null }, query.unitId, query.asOf);
  return { asOf: query.asOf, unitId: query.unitId, items };
}
