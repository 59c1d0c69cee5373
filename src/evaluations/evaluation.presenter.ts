import type { z } from "zod";
import type { EvaluationData } from "./evaluation-data";
import type { EvaluationProgress, EvaluationRow } from "./evaluation.repository";
import type { evaluationDetailSchema, evaluationSchema } from "./evaluation.schemas";

type EvaluationDto = z.infer<typeof evaluationSchema>;
type EvaluationDetailDto = z.infer<typeof evaluationDetailSchema>;

export function presentEvaluation(row: EvaluationRow, planTitle: string, progress: EvaluationProgress): EvaluationDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    planId: row.planId,
    planTitle,
    kind: row.kind,
    year: row.year,
    asOf: row.asOf,
    evaluatorOrg: row.evaluatorOrg,
    overall: row.overall,
    state: row.state,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    progress,
  };
}

export function presentEvaluationDetail(data: EvaluationData): EvaluationDetailDto {
  return {
    ...presentEvaluation(data.evaluation, data.plan.title, {
      tasks: data.tasks.length,
      tasksScored: data.tasks.filter((t) => t.rating !== null).length,
      indicators: data.indicators.length,
      indicatorsScored: data.indicators.filter((i) => i.rating !== null).length,
    }),
    indicatorYear: data.indicatorYear,
    tasks: data.tasks.map((t) => ({
      taskId: t.task.id,
      no: t.task.no,
      content: t.task.content,
      chapter: t.task.chapter,
      units: t.units,
      light: t.light,
      suggestedRating: t.suggestedRating,
      rating: t.rating,
      comment: t.comment,
    })),
    indicators: data.indicators.map((i) => ({
      indicatorId: i.indicator.id,
      no: i.indicator.no,
      name: i.indicator.name,
      attribute: i.indicator.attribute,
      target: { op: i.indicator.targetOp, value: i.indicator.targetValue, unit: i.indicator.targetUnit, text: i.indicator.targetText },
      figure: i.figure,
      rating: i.rating,
      comment: i.comment,
    })),
  };
}
