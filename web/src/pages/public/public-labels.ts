import type { PublicEvaluation, PublicIndicator, PublicLight } from "./public-api";
import "./public-i18n";

/** Chinese source strings (i18n keys) of the portal; every status carries a symbol and a word, never colour alone. */
export const LIGHT_LABELS: Record<PublicLight, string> = { done: "已完成", green: "正常推进", yellow: "临近期限", red: "逾期", grey: "未到节点" };
export const LIGHT_SYMBOLS: Record<PublicLight, string> = { done: "✓", green: "●", yellow: "▲", red: "!", grey: "○" };
// Dark enough for white text (WCAG AA 4.5:1 and more).
export const LIGHT_COLORS: Record<PublicLight, string> = { done: "#0958d9", green: "#237804", yellow: "#874d00", red: "#a8071a", grey: "#595959" };
export const LIGHT_ORDER: readonly PublicLight[] = ["done", "green", "yellow", "red", "grey"];

export const INDICATOR_STATUS_LABELS: Record<PublicIndicator["status"], string> = { met: "已达标", "on-track": "符合序时进度", behind: "滞后", "no-data": "无法判断" };
export const INDICATOR_STATUS_SYMBOLS: Record<PublicIndicator["status"], string> = { met: "✓", "on-track": "●", behind: "!", "no-data": "○" };
export const INDICATOR_LIGHT_COLORS: Record<PublicIndicator["light"], string> = { green: "#237804", yellow: "#874d00", red: "#a8071a", grey: "#595959" };
export const ATTRIBUTE_LABELS: Record<NonNullable<PublicIndicator["attribute"]>, string> = { binding: "约束性", expected: "预期性" };

export const KIND_LABELS: Record<PublicEvaluation["kind"], string> = { "mid-term": "中期评估", final: "终期评估", annual: "年度评估" };
export const RATING_LABELS = { completed: "完成", "basically-completed": "基本完成", "not-completed": "未完成" } as const;

/** 2024-05-06T08:00:00Z → 2024-05-06 (the publication day as the office sees it in China). */
export function publicDate(iso: string): string {
  return new Date(iso).toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
}

export function evaluationName(evaluation: Pick<PublicEvaluation, "kind" | "year">, t: (key: string) => string): string {
  return evaluation.kind === "annual" && evaluation.year ? `${evaluation.year} ${t(KIND_LABELS.annual)}` : t(KIND_LABELS[evaluation.kind]);
}
