import type { TFunction } from "i18next";
import type { Evaluation } from "./evaluations-api";
import { KIND_LABELS } from "./evaluations-labels";

/** 中期评估 / 终期评估, or the reviewed year for an annual review (2019年度检查). */
export function kindText(t: TFunction, evaluation: Pick<Evaluation, "kind" | "year">): string {
  if (evaluation.kind === "annual" && evaluation.year !== null) return t("{{year}}年度检查", { year: evaluation.year });
  return t(KIND_LABELS[evaluation.kind]);
}
