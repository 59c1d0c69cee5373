import type { TFunction } from "i18next";
import type { LightCounts } from "../supervision/supervision-api";

/** The aria-label of a stacked-lights chart: how many bars, the totals per light, and the worst bar. */
export function countsSummary(t: TFunction, title: string, labels: readonly string[], counts: readonly LightCounts[]): string {
  const total = counts.reduce(
    (sum, c) => ({ done: sum.done + c.done, green: sum.green + c.green, yellow: sum.yellow + c.yellow, red: sum.red + c.red, grey: sum.grey + c.grey }),
    { done: 0, green: 0, yellow: 0, red: 0, grey: 0 },
  );
  let worst = -1;
  counts.forEach((c, i) => {
    if (c.red > 0 && (worst < 0 || c.red > counts[worst].red)) worst = i;
  });
  const head = t("{{title}}：{{n}} 项，已完成 {{done}}、正常 {{green}}、预警 {{yellow}}、逾期 {{red}}、未开始 {{grey}}。", { title, n: labels.length, ...total });
  return worst < 0 ? head : head + t("逾期最多的是{{name}}（{{red}} 项）。", { name: labels[worst], red: counts[worst].red });
}
