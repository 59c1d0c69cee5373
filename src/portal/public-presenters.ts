import type { Figure } from "../indicators/indicator-figures";
import type { IndicatorWithUnit } from "../indicators/indicator.repository";
import type { EvaluationReport } from "../evaluations/documents/index";
import type { EvaluationListRow } from "../evaluations/evaluation.repository";
import type { Light, LightCounts } from "../supervision/lights";
import type { PlanTaskRow } from "../evaluations/evaluation.repository";
import type { AcceptedProgressRow, PublishedPlanRow } from "./public.repository";
import type { PublicText } from "./public-text";

/**
 * The allow-list serializer of the public portal. Every public answer is built here by naming each
 * field it carries: rows are never spread, so a column added to a table tomorrow (or a person's
 * name joined in by mistake) cannot reach the public. The public schemas are strict as well, so a
 * field added here without adding it there fails loudly instead of leaking quietly.
 */

export interface PublicPlan {
  id: string;
  title: string;
  docNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  regionCode: string;
  regionName: string | null;
  periodStart: number;
  periodEnd: number;
  publishedAt: string;
}

export function presentPublicPlan(row: PublishedPlanRow): PublicPlan {
  return {
    id: row.id,
    title: row.title,
    docNumber: row.docNumber,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    regionCode: row.regionCode,
    regionName: row.regionName,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export interface PublicLightCounts {
  done: number;
  green: number;
  yellow: number;
  red: number;
  grey: number;
  total: number;
}

export function presentPublicCounts(counts: LightCounts): PublicLightCounts {
  return { done: counts.done, green: counts.green, yellow: counts.yellow, red: counts.red, grey: counts.grey, total: counts.total };
}

export interface PublicTask {
  id: string;
  no: string;
  parentNo: string | null;
  chapter: string | null;
  content: string;
  schedule: string | null;
  leadUnit: string | null;
  partnerUnits: string[];
  light: Light;
  progress: { text: string; progress: AcceptedProgressRow["progress"]; due: string; acceptedOn: string } | null;
}

/** A task with its units (organisations, never people), its light and the latest accepted progress text. */
export function presentPublicTask(
  task: PlanTaskRow,
  units: readonly { name: string; role: "lead" | "partner" }[],
  light: Light,
  progress: AcceptedProgressRow | undefined,
  publicText: PublicText,
): PublicTask {
  return {
    id: task.id,
    no: task.no,
    parentNo: task.parentNo,
    chapter: task.chapter,
    content: task.content,
    schedule: task.scheduleRaw,
    leadUnit: units.find((u) => u.role === "lead")?.name ?? null,
    partnerUnits: units.filter((u) => u.role === "partner").map((u) => u.name),
    light,
    progress: progress ? { text: publicText(progress.narrative), progress: progress.progress, due: progress.due, acceptedOn: progress.acceptedOn } : null,
  };
}

export interface PublicIndicator {
  id: string;
  no: string;
  name: string;
  attribute: "binding" | "expected" | null;
  target: { op: IndicatorWithUnit["targetOp"]; value: number | null; unit: string | null; text: string | null };
  baseline: { value: number; year: number } | null;
  targetYear: number;
  isRate: boolean;
  year: number;
  value: number | null;
  status: Figure["status"]["status"];
  light: Figure["status"]["light"];
  expected: number | null;
}

/** An indicator against its target at the plan's region, from accepted figures only; no unit, no definitions' authors. */
export function presentPublicIndicator(indicator: IndicatorWithUnit, figure: Figure): PublicIndicator {
  return {
    id: indicator.id,
    no: indicator.no,
    name: indicator.name,
    attribute: indicator.attribute,
    target: { op: indicator.targetOp, value: indicator.targetValue, unit: indicator.targetUnit, text: indicator.targetText },
    baseline: indicator.baselineValue !== null && indicator.baselineYear !== null ? { value: indicator.baselineValue, year: indicator.baselineYear } : null,
    targetYear: indicator.targetYear,
    isRate: indicator.isRate,
    year: figure.year,
    value: figure.value,
    status: figure.status.status,
    light: figure.status.light,
    expected: figure.status.expected,
  };
}

export interface PublicEvaluation {
  id: string;
  planId: string;
  planTitle: string;
  kind: "mid-term" | "final" | "annual";
  year: number | null;
  asOf: string;
  evaluatorOrg: string;
  publishedAt: string;
}

export function presentPublicEvaluation(row: EvaluationListRow): PublicEvaluation {
  return {
    id: row.id,
    planId: row.planId,
    planTitle: row.planTitle,
    kind: row.kind,
    year: row.year,
    asOf: row.asOf,
    evaluatorOrg: row.evaluatorOrg,
    publishedAt: (row.publishedAt ?? row.updatedAt).toISOString(),
  };
}

/** The report model as the public gets it (JSON and PDF): the same figures, free text masked. */
export function publicReportModel(model: EvaluationReport, publicText: PublicText): EvaluationReport {
  return {
    plan: { title: model.plan.title, region: { code: model.plan.region.code, name: model.plan.region.name }, period: { start: model.plan.period.start, end: model.plan.period.end }, docNumber: model.plan.docNumber },
    kind: model.kind.type === "annual" ? { type: "annual", year: model.kind.year } : { type: model.kind.type },
    evaluator: { name: model.evaluator.name, date: model.evaluator.date },
    summary: {
      tasksTotal: model.summary.tasksTotal,
      completed: model.summary.completed,
      basicallyCompleted: model.summary.basicallyCompleted,
      notCompleted: model.summary.notCompleted,
      completionRate: model.summary.completionRate,
    },
    units: model.units.map((u) => ({
      unit: u.unit,
      tasks: u.tasks,
      completed: u.completed,
      basicallyCompleted: u.basicallyCompleted,
      notCompleted: u.notCompleted,
      completionRate: u.completionRate,
    })),
    indicators: model.indicators.map((i) => ({
      name: i.name,
      attribute: i.attribute,
      targetText: i.targetText,
      unit: i.unit,
      baseline: i.baseline ? { value: i.baseline.value, year: i.baseline.year } : null,
      actual: i.actual,
      status: i.status,
      ...(i.note ? { note: publicText(i.note) } : {}),
    })),
    overdue: model.overdue.map((o) => ({ taskNo: o.taskNo, task: o.task, unit: o.unit, milestoneDue: o.milestoneDue, daysOverdue: o.daysOverdue })),
    findings: model.findings.map((f) => ({ taskNo: f.taskNo, task: f.task, units: f.units, rating: f.rating, comment: publicText(f.comment) })),
    overall: publicText(model.overall),
  };
}

export type PublicEvaluationDetail = PublicEvaluation & Pick<EvaluationReport, "summary" | "units" | "indicators" | "overdue" | "findings" | "overall">;

export function presentPublicEvaluationDetail(row: EvaluationListRow, model: EvaluationReport, publicText: PublicText): PublicEvaluationDetail {
  const safe = publicReportModel(model, publicText);
  return {
    ...presentPublicEvaluation(row),
    summary: safe.summary,
    units: safe.units,
    indicators: safe.indicators,
    overdue: safe.overdue,
    findings: safe.findings,
    overall: safe.overall,
  };
}
