import type { DbOrTx } from "../db/client";
import { notFound } from "../errors/app-error";
import { loadPlanFigures } from "../indicators/indicator-read.service";
import { defaultYear, type Figure } from "../indicators/indicator-figures";
import type { IndicatorWithUnit } from "../indicators/indicator.repository";
import { regionPrefix } from "../regions/region-scope";
import { addDays, daysBetween } from "../supervision/dates";
import type { Light } from "../supervision/lights";
import { listOverdue, planUnitLights } from "../supervision/lights.repository";
import type { OverdueRow, TaskRating } from "./documents/index";
import {
  findPlanHeader,
  indicatorScores,
  planTasks,
  planTaskUnits,
  taskScores,
  type EvaluationRow,
  type PlanHeader,
  type PlanTaskRow,
} from "./evaluation.repository";

/** A task as the evaluator sees it: its units, its light on the evaluation date, and its score. */
export interface EvaluatedTask {
  task: PlanTaskRow;
  units: string[];
  light: Light;
  suggestedRating: TaskRating;
  rating: TaskRating | null;
  comment: string;
}

export interface EvaluatedIndicator {
  indicator: IndicatorWithUnit;
  figure: Figure;
  rating: TaskRating | null;
  comment: string;
}

/** Everything an evaluation's detail, its report and its public page are built from (live data). */
export interface EvaluationData {
  evaluation: EvaluationRow;
  plan: PlanHeader;
  indicatorYear: number;
  tasks: EvaluatedTask[];
  indicators: EvaluatedIndicator[];
  overdue: OverdueRow[];
}

/** A light suggests a rating; the evaluator decides. Done → 完成, overdue → 未完成, otherwise 基本完成. */
export function suggestRating(light: Light): TaskRating {
  if (light === "done") return "completed";
  if (light === "red") return "not-completed";
  return "basically-completed";
}

/**
 * Tasks that are scored: the rows without sub-items. A parent row ("三、康复服务") only groups
 * its items; scoring it too would count the same work twice in the completion rate.
 */
export function scoredTasks(rows: readonly PlanTaskRow[]): PlanTaskRow[] {
  const parents = new Set(rows.map((r) => r.parentNo).filter((n): n is string => n !== null));
  return rows.filter((r) => !parents.has(r.no));
}

/** The indicators' year: the reviewed year of an annual review, else the latest with data up to the evaluation's year. */
function indicatorYearOf(evaluation: EvaluationRow, years: readonly number[], periodEnd: number): number {
  if (evaluation.kind === "annual" && evaluation.year !== null) return evaluation.year;
  const until = Number(evaluation.asOf.slice(0, 4));
  return defaultYear(years.filter((y) => y <= until), evaluation.asOf, periodEnd);
}

export async function loadEvaluationData(db: DbOrTx, evaluation: EvaluationRow, now: Date): Promise<EvaluationData> {
  const plan = await findPlanHeader(db, evaluation.planId);
  if (!plan) throw notFound("规划", "Plan");
  const asOf = evaluation.asOf;
  const [taskRows, unitsByTask, lights, tScores, iScores, figures, overdue] = await Promise.all([
    planTasks(db, plan.regionCode, plan.id),
    planTaskUnits(db, plan.regionCode, plan.id),
    planUnitLights(db, plan.regionCode, plan.id, asOf),
    taskScores(db, evaluation.regionCode, evaluation.id),
    indicatorScores(db, evaluation.regionCode, evaluation.id),
    loadPlanFigures(db, plan, "accepted", now),
    listOverdue(db, { kind: "region", userId: "", regionCode: plan.regionCode, prefix: regionPrefix(plan.regionCode), planId: plan.id }, { asOf, planId: plan.id }, 1000, 0),
  ]);
  const leadLight = new Map(lights.filter((l) => l.role === "lead").map((l) => [l.taskId, l.light]));
  const tScore = new Map(tScores.map((s) => [s.taskId, s]));
  const iScore = new Map(iScores.map((s) => [s.indicatorId, s]));
  const years = [...new Set(figures.items.flatMap((i) => i.figures.yearsWithData(plan.regionCode)))].sort((a, b) => a - b);
  const indicatorYear = indicatorYearOf(evaluation, years, plan.periodEnd);
  const taskNo = new Map(taskRows.map((t) => [t.id, t.no]));
  return {
    evaluation,
    plan,
    indicatorYear,
    tasks: scoredTasks(taskRows).map((task) => {
      const light = leadLight.get(task.id) ?? "grey";
      const score = tScore.get(task.id);
      return {
        task,
        units: (unitsByTask.get(task.id) ?? []).map((u) => u.name),
        light,
        suggestedRating: suggestRating(light),
        rating: score?.rating ?? null,
        comment: score?.comment ?? "",
      };
    }),
    indicators: figures.items.map(({ indicator, figures: f }) => {
      const score = iScore.get(indicator.id);
      return { indicator, figure: f.figure(plan.regionCode, indicatorYear), rating: score?.rating ?? null, comment: score?.comment ?? "" };
    }),
    overdue: overdue.rows.map((row) => ({
      taskNo: taskNo.get(row.taskId) ?? row.taskNo,
      task: row.taskContent,
      unit: row.unitName || "—",
      milestoneDue: addDays(row.overdueSince, -1),
      daysOverdue: Math.max(0, daysBetween(row.overdueSince, asOf) + 1),
    })),
  };
}
