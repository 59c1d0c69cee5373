import { NO_DATA_REASONS } from "../indicators/math/index";
import { RATING_LABELS, summariseFindings, type EvaluationKind, type EvaluationReport, type IndicatorRow, type TaskFinding } from "./documents/index";
import type { EvaluatedIndicator, EvaluationData } from "./evaluation-data";

const OP_TEXT = { ">": ">", ">=": "≥", "=": "", "<": "<", "<=": "≤" } as const;

export function kindOf(row: { kind: "mid-term" | "final" | "annual"; year: number | null; asOf: string }): EvaluationKind {
  if (row.kind === "annual") return { type: "annual", year: row.year ?? Number(row.asOf.slice(0, 4)) };
  return { type: row.kind };
}

function targetText(i: EvaluatedIndicator["indicator"]): string {
  if (i.targetText) return i.targetText;
  if (i.targetValue === null) return "—";
  return `${OP_TEXT[i.targetOp]}${i.targetValue}${i.targetUnit ?? ""}`;
}

/** The indicator table row: the figure at the plan's region, the reason when there is no status, and the evaluator's word. */
function indicatorRow(item: EvaluatedIndicator, year: number): IndicatorRow {
  const { indicator, figure } = item;
  const notes: string[] = [];
  if (figure.value !== null) notes.push(`${year}年`);
  if (figure.status.reason) notes.push(NO_DATA_REASONS[figure.status.reason].zh);
  if (item.rating) notes.push(`评估：${RATING_LABELS[item.rating]}${item.comment ? `，${item.comment}` : ""}`);
  return {
    name: indicator.name,
    attribute: indicator.attribute,
    targetText: targetText(indicator),
    unit: indicator.isRate ? "%" : indicator.targetUnit,
    baseline: indicator.baselineValue !== null && indicator.baselineYear !== null ? { value: indicator.baselineValue, year: indicator.baselineYear } : null,
    actual: figure.value === null ? null : Math.round(figure.value * 100) / 100,
    status: figure.status.status,
    ...(notes.length > 0 ? { note: notes.join("；") } : {}),
  };
}

/**
 * The report generator's input from live data. An unscored task is printed with the rating its
 * light suggests and says so, so a draft report is complete and honest about what is pending.
 */
export function buildEvaluationReport(data: EvaluationData): EvaluationReport {
  const { evaluation, plan } = data;
  const findings: TaskFinding[] = data.tasks.map((t) => ({
    taskNo: t.task.no,
    task: t.task.content,
    units: t.units.join("、"),
    rating: t.rating ?? t.suggestedRating,
    comment: t.rating ? t.comment : [t.comment, "（尚未评分，按评估日进度暂列）"].filter((s) => s !== "").join(""),
  }));
  const unitsOf = new Map(data.tasks.map((t) => [t.task.no, t.units]));
  return {
    plan: {
      title: plan.title,
      region: { code: plan.regionCode, name: plan.regionName ?? plan.regionCode },
      period: { start: plan.periodStart, end: plan.periodEnd },
      docNumber: plan.docNumber,
    },
    kind: kindOf(evaluation),
    evaluator: { name: evaluation.evaluatorOrg, date: evaluation.asOf },
    ...summariseFindings(findings, (f) => unitsOf.get(f.taskNo) ?? []),
    indicators: data.indicators.map((i) => indicatorRow(i, data.indicatorYear)),
    overdue: data.overdue,
    findings,
    overall: evaluation.overall,
  };
}
