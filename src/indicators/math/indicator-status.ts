import type { Indicator, PlanPeriod, TargetOp } from "./types";

/** Where an indicator stands against its target in a year. */
export type IndicatorState = "met" | "on-track" | "behind" | "no-data";

/** The light shown for an indicator, as the task lights use. */
export type IndicatorLight = "green" | "yellow" | "red" | "grey";

/** Why no status could be given. */
export type NoDataReason = "target-not-numeric" | "relative-target" | "no-value" | "no-baseline";

/** The status of an indicator in a year, with the figures behind it. */
export interface IndicatorStatus {
  status: IndicatorState;
  light: IndicatorLight;
  /** Set when status is "no-data". */
  reason?: NoDataReason;
  /** The 序时进度 value for the year: the straight path from baseline to target; null without a baseline. */
  expected: number | null;
  /** Share of the path from baseline to target that the year stands at (0..1); null without a baseline. */
  elapsed: number | null;
}

/** Chinese and English wording of the no-data reasons, for the dashboard and the reports. */
export const NO_DATA_REASONS: Record<NoDataReason, { zh: string; en: string }> = {
  "target-not-numeric": { zh: "目标值为文字表述，无法定量比较", en: "The target is text, not a number" },
  "relative-target": { zh: "目标为相对基期的变化幅度，需按基期口径人工判断", en: "The target is a change from a base year" },
  "no-value": { zh: "尚无该年度数据", en: "No value for the year" },
  "no-baseline": { zh: "缺少基期值，无法计算序时进度", en: "No baseline, so no expected progress" },
};

/** Chinese labels of the states, as an evaluation report prints them. */
export const STATE_LABELS: Record<IndicatorState, string> = {
  met: "已达标",
  "on-track": "符合序时进度",
  behind: "滞后于序时进度",
  "no-data": "无法判断",
};

// Rates computed from counts carry binary fractions (100 * 45 / 50); compare with a small tolerance.
const EPSILON = 1e-9;

function reaches(value: number, op: TargetOp, target: number, increasing: boolean): boolean {
  switch (op) {
    case ">":
      return value > target + EPSILON;
    case ">=":
      return value >= target - EPSILON;
    case "<":
      return value < target - EPSILON;
    case "<=":
      return value <= target + EPSILON;
    case "=":
      // "100%" in a plan table means "reach 100%": overshooting in the direction of travel counts as met.
      return increasing ? value >= target - EPSILON : value <= target + EPSILON;
  }
}

function isIncreasing(op: TargetOp, target: number, baseline: number | null): boolean {
  if (op === ">" || op === ">=") return true;
  if (op === "<" || op === "<=") return false;
  return baseline === null ? true : target >= baseline;
}

const noData = (reason: NoDataReason, expected: number | null = null, elapsed: number | null = null): IndicatorStatus => ({
  status: "no-data",
  light: "grey",
  reason,
  expected,
  elapsed,
});

/**
 * Status of an indicator's value in a year: met when the target is reached, on track when at
 * least at the 序时进度 (linear path from baseline to target over the plan), behind otherwise;
 * a binding (约束性) indicator behind is red, any other behind is yellow. Targets with < or <=
 * are reached from above. Years before the baseline expect the baseline, years past the target year the target.
 */
export function indicatorStatus(
  indicator: Indicator,
  value: number | null | undefined,
  year: number,
  period: PlanPeriod,
): IndicatorStatus {
  const { target, baseline } = indicator;
  if (target.value === null || !Number.isFinite(target.value)) return noData("target-not-numeric");
  if (target.change) return noData("relative-target");

  const increasing = isIncreasing(target.op, target.value, baseline?.value ?? null);
  const targetYear = Number.isFinite(indicator.targetYear) ? indicator.targetYear : period.end;
  let expected: number | null = null;
  let elapsed: number | null = null;
  if (baseline) {
    const span = targetYear - baseline.year;
    elapsed = span <= 0 ? 1 : Math.min(1, Math.max(0, (year - baseline.year) / span));
    expected = baseline.value + (target.value - baseline.value) * elapsed;
  }

  if (value === null || value === undefined || !Number.isFinite(value)) return noData("no-value", expected, elapsed);
  if (reaches(value, target.op, target.value, increasing)) return { status: "met", light: "green", expected, elapsed };
  // Past the target year there is no path left to be on: what is not met is behind.
  if (year >= targetYear) return behind(indicator, expected, elapsed);
  if (expected === null) return noData("no-baseline");
  const onPath = increasing ? value >= expected - EPSILON : value <= expected + EPSILON;
  return onPath ? { status: "on-track", light: "green", expected, elapsed } : behind(indicator, expected, elapsed);
}

function behind(indicator: Indicator, expected: number | null, elapsed: number | null): IndicatorStatus {
  return { status: "behind", light: indicator.attribute === "binding" ? "red" : "yellow", expected, elapsed };
}
