import type { Figure, Indicator, IndicatorLight, IndicatorStatusName, NoDataReason, ValueState } from "./indicators-api";
import "./indicators-i18n";

/** Chinese source strings (i18n keys) of the indicators vocabulary. */
export const ATTRIBUTE_LABELS: Record<NonNullable<Indicator["attribute"]>, string> = { binding: "约束性", expected: "预期性" };
export const ATTRIBUTE_COLORS: Record<NonNullable<Indicator["attribute"]>, string> = { binding: "red", expected: "blue" };

export const STATUS_LABELS: Record<IndicatorStatusName, string> = {
  met: "已达标",
  "on-track": "符合序时进度",
  behind: "滞后于序时进度",
  "no-data": "无法判断",
};

/** Lights carry a word and a shape besides the colour, so they never rely on colour alone. */
export const LIGHT_LABELS: Record<IndicatorLight, string> = { green: "绿灯", yellow: "黄灯", red: "红灯", grey: "灰灯" };
export const LIGHT_SHAPES: Record<IndicatorLight, string> = { green: "●", yellow: "▲", red: "!", grey: "○" };
// Dark enough for white text (WCAG AA 4.5:1), the same shades as the task lights.
export const LIGHT_COLORS: Record<IndicatorLight, string> = { green: "#237804", yellow: "#ad6800", red: "#a8071a", grey: "#595959" };

export const NO_DATA_REASON_LABELS: Record<NoDataReason, string> = {
  "target-not-numeric": "目标值为文字表述，无法定量比较",
  "relative-target": "目标为相对基期的变化幅度，需按基期口径人工判断",
  "no-value": "尚无该年度数据",
  "no-baseline": "缺少基期值，无法计算序时进度",
};

export const VALUE_STATE_LABELS: Record<ValueState, string> = { draft: "草稿", submitted: "待审核", accepted: "已通过", returned: "已退回" };
export const VALUE_STATE_COLORS: Record<ValueState, string> = { draft: "default", submitted: "processing", accepted: "success", returned: "error" };

export const SOURCE_LABELS: Record<Figure["source"], string> = { entered: "填报值", "rolled-up": "汇总值", none: "无数据" };

export const OP_SYMBOLS: Record<Indicator["target"]["op"], string> = { ">": ">", ">=": "≥", "=": "", "<": "<", "<=": "≤" };
export const OP_OPTIONS: { value: Indicator["target"]["op"]; label: string }[] = [
  { value: ">", label: "> 大于" },
  { value: ">=", label: "≥ 不低于" },
  { value: "=", label: "= 达到" },
  { value: "<", label: "< 小于" },
  { value: "<=", label: "≤ 不高于" },
];

/** The unit a figure is shown in: % for rates, else the target's unit. */
export function unitOf(indicator: Pick<Indicator, "isRate" | "target">): string {
  if (indicator.isRate) return "%";
  return indicator.target.unit ?? "";
}

/** A figure with its unit: rates to one decimal (84.4%), counts as they are (thousands grouped). */
export function formatNumber(value: number | null | undefined, indicator: Pick<Indicator, "isRate" | "target">): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  const unit = unitOf(indicator);
  const digits = indicator.isRate || unit === "%" || unit === "％" ? 1 : Number.isInteger(value) ? 0 : 2;
  const text = value.toLocaleString("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: !indicator.isRate });
  return `${text}${unit}`;
}

/** The target as the plan prints it: operator, value and unit ("> 96%"), or its words when it has no number. */
export function formatTarget(indicator: Pick<Indicator, "isRate" | "target">): string {
  const { target } = indicator;
  if (target.value === null) return target.text ?? "—";
  if (target.change) return target.text ?? `${OP_SYMBOLS[target.op]}${target.value}${target.unit ?? ""}`;
  const op = OP_SYMBOLS[target.op];
  const unit = target.unit ?? (indicator.isRate ? "%" : "");
  return `${op ? `${op} ` : ""}${target.value}${unit}`;
}

/** Rate of numerator over denominator in per cent, as the server computes it; null when it cannot be computed. */
export function rateOf(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined || denominator <= 0) return null;
  return (numerator / denominator) * 100;
}
