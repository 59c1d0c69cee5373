import type { Evaluation, EvaluationIndicator, EvaluationKind, Rating } from "./evaluations-api";
import "./evaluations-i18n";

/** Chinese source strings (i18n keys) of the evaluation vocabulary. */
export const KIND_LABELS: Record<EvaluationKind, string> = { "mid-term": "中期评估", final: "终期评估", annual: "年度检查" };
export const RATING_LABELS: Record<Rating, string> = { completed: "完成", "basically-completed": "基本完成", "not-completed": "未完成" };
export const RATING_COLORS: Record<Rating, string> = { completed: "success", "basically-completed": "processing", "not-completed": "error" };
export const RATING_ORDER: readonly Rating[] = ["completed", "basically-completed", "not-completed"];
export const STATE_LABELS: Record<Evaluation["state"], string> = { draft: "草稿", published: "已发布" };
export const STATE_COLORS: Record<Evaluation["state"], string> = { draft: "default", published: "success" };

type IndicatorStatus = NonNullable<EvaluationIndicator["figure"]>["status"]["status"];
export const INDICATOR_STATUS_LABELS: Record<IndicatorStatus, string> = { met: "已达标", "on-track": "符合序时进度", behind: "滞后", "no-data": "无法判断" };
export const INDICATOR_LIGHT_COLORS: Record<NonNullable<EvaluationIndicator["figure"]>["status"]["light"], string> = {
  green: "success",
  yellow: "warning",
  red: "error",
  grey: "default",
};
export const ATTRIBUTE_LABELS: Record<NonNullable<EvaluationIndicator["attribute"]>, string> = { binding: "约束性", expected: "预期性" };
