import type { DashboardIndicator } from "./cockpit-api";

/**
 * A figure as a share of the target in per cent, so indicators in different units share one axis:
 * figure ÷ target for "at least" targets, target ÷ figure for "at most" ones (lower is better).
 * Null when there is nothing numeric to compare.
 */
export function achievement(indicator: Pick<DashboardIndicator, "target">, figure: number | null): number | null {
  const target = indicator.target.value;
  if (figure === null || target === null || target <= 0) return null;
  if (indicator.target.op === "<" || indicator.target.op === "<=") return figure <= 0 ? null : (target / figure) * 100;
  return (figure / target) * 100;
}
