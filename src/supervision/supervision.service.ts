import type { DbOrTx } from "../db/client";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";
import { notFound } from "../errors/app-error";
import { daysBetween } from "./dates";
import { addCount, emptyCounts, milestoneLight, worstLight, type Light, type LightCounts } from "./lights";
import {
  countTaskLights,
  listDueSoon,
  listOverdue,
  listUnitTasks,
  noticeCounts,
  planReports,
  planUnitLights,
  type LightFilter,
} from "./lights.repository";
import { ladderStep } from "./notice-ladder";
import { childRegions, planTitles, regionName, requireVisiblePlan } from "./plan-lookup";
import type { Viewer } from "./viewer";

/** Composes the read models of the office and unit views from the light queries. */

export interface ListQuery {
  asOf: string;
  planId?: string;
  unitId?: string;
  chapter?: string;
  regionCode?: string;
  limit: number;
  offset: number;
}

function toFilter(viewer: Viewer, query: Omit<ListQuery, "limit" | "offset">): LightFilter {
  if (query.regionCode !== undefined && viewer.kind === "region" && !isInRegionScope(viewer.regionCode, query.regionCode)) {
    throw notFound("行政区划", "Region");
  }
  return {
    asOf: query.asOf,
    planId: query.planId,
    unitId: query.unitId,
    chapter: query.chapter,
    regionPrefix: query.regionCode === undefined ? undefined : regionPrefix(query.regionCode),
  };
}

export async function overview(db: DbOrTx, viewer: Viewer, query: { asOf: string; regionCode?: string; planId?: string }) {
  const scopeCode = query.regionCode ?? viewer.regionCode;
  const rows = await countTaskLights(db, viewer, toFilter(viewer, query));
  const counts = emptyCounts();
  const children = (await childRegions(db, scopeCode)).map((child) => ({ ...child, prefix: regionPrefix(child.code), counts: emptyCounts() }));
  const perPlan = new Map<string, LightCounts>();
  for (const row of rows) {
    addCount(counts, row.light, row.n);
    const child = children.find((c) => c.prefix !== "" && row.regionCode.startsWith(c.prefix));
    if (child) addCount(child.counts, row.light, row.n);
    const planCounts = perPlan.get(row.planId) ?? emptyCounts();
    addCount(planCounts, row.light, row.n);
    perPlan.set(row.planId, planCounts);
  }
  const titles = await planTitles(db, [...perPlan.keys()]);
  return {
    asOf: query.asOf,
    regionCode: scopeCode,
    regionName: (await regionName(db, scopeCode)) ?? scopeCode,
    light: worstLight(counts),
    counts,
    children: children
      .filter((child) => child.counts.total > 0)
      .map((child) => ({ regionCode: child.code, name: child.name, light: worstLight(child.counts), counts: child.counts })),
    plans: [...perPlan]
      .map(([planId, planCounts]) => ({ planId, title: titles.get(planId)?.title ?? "", regionCode: titles.get(planId)?.regionCode ?? "", light: worstLight(planCounts), counts: planCounts }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.title.localeCompare(b.title)),
  };
}

export async function planLights(db: DbOrTx, viewer: Viewer, planId: string, asOf: string) {
  const plan = await requireVisiblePlan(db, viewer, planId);
  const [units, reports] = await Promise.all([planUnitLights(db, plan.regionCode, plan.id, asOf), planReports(db, plan.regionCode, plan.id)]);
  const tasks = new Map<string, { taskId: string; no: string; seq: number; light: Light; units: { unitId: string; unitName: string; role: "lead" | "partner"; light: Light }[] }>();
  for (const report of reports) {
    if (!tasks.has(report.taskId)) tasks.set(report.taskId, { taskId: report.taskId, no: report.taskNo, seq: report.taskSeq, light: "grey", units: [] });
  }
  for (const unit of units) {
    const task = tasks.get(unit.taskId);
    if (!task) continue;
    task.units.push({ unitId: unit.unitId, unitName: unit.unitName, role: unit.role, light: unit.light });
    if (unit.role === "lead") task.light = unit.light;
  }
  const counts = emptyCounts();
  for (const task of tasks.values()) addCount(counts, task.light);
  return { asOf, planId: plan.id, title: plan.title, warningDays: plan.warningDays, light: worstLight(counts), counts, tasks: [...tasks.values()].sort((a, b) => a.seq - b.seq) };
}

export async function timeline(db: DbOrTx, viewer: Viewer, planId: string, asOf: string, by: "task" | "unit") {
  const plan = await requireVisiblePlan(db, viewer, planId);
  const [reports, lights] = await Promise.all([planReports(db, plan.regionCode, plan.id), planUnitLights(db, plan.regionCode, plan.id, asOf)]);
  const rows = new Map<string, { key: string; label: string; counts: LightCounts; light: Light; milestones: { milestoneId: string; taskId: string; due: string; label: string; light: Light; reportState: string; reportId: string }[] }>();
  for (const report of reports) {
    if (by === "task" && report.role !== "lead") continue;
    const key = by === "task" ? report.taskId : report.unitId;
    const row = rows.get(key) ?? { key, label: by === "task" ? report.taskNo : report.unitName, counts: emptyCounts(), light: "grey" as Light, milestones: [] };
    row.milestones.push({
      milestoneId: report.milestoneId,
      taskId: report.taskId,
      due: report.due,
      label: by === "task" ? report.label : `${report.taskNo} ${report.label}`,
      light: milestoneLight({ due: report.due, acceptedOn: report.acceptedOn, isFinal: report.isFinal === 1 }, asOf, plan.warningDays),
      reportState: report.state,
      reportId: report.reportId,
    });
    rows.set(key, row);
  }
  for (const light of lights) {
    if (by === "task" && light.role === "lead") {
      const row = rows.get(light.taskId);
      if (row) row.light = light.light;
    }
    if (by === "unit") {
      const row = rows.get(light.unitId);
      if (row) addCount(row.counts, light.light);
    }
  }
  return {
    asOf,
    by,
    planId: plan.id,
    rows: [...rows.values()].map((row) => ({
      key: row.key,
      label: row.label,
      light: by === "unit" ? worstLight(row.counts) : row.light,
      milestones: row.milestones.sort((a, b) => a.due.localeCompare(b.due)),
    })),
  };
}

export async function overdueList(db: DbOrTx, viewer: Viewer, query: ListQuery) {
  const { rows, total } = await listOverdue(db, viewer, toFilter(viewer, query), query.limit, query.offset);
  const notices = await noticeCounts(db, rows);
  return {
    asOf: query.asOf,
    total,
    items: rows.map((row) => {
      const counts = notices.get(`${row.taskId}/${row.unitId}`) ?? { prior: 0, open: 0 };
      const daysOverdue = daysBetween(row.overdueSince, query.asOf) + 1;
      return { ...row, daysOverdue, priorNotices: counts.prior, openNotices: counts.open, suggested: ladderStep(daysOverdue, counts.prior, query.asOf) };
    }),
  };
}

export async function dueSoonList(db: DbOrTx, viewer: Viewer, query: ListQuery) {
  const { rows, total } = await listDueSoon(db, viewer, toFilter(viewer, query), query.limit, query.offset);
  return { asOf: query.asOf, total, items: rows.map((row) => ({ ...row, daysLeft: daysBetween(query.asOf, row.due) })) };
}

export async function unitTasks(db: DbOrTx, unitId: string, asOf: string) {
  return listUnitTasks(db, unitId, asOf);
}
