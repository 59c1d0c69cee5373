import type { DbOrTx } from "../db/client";
import { defaultYear } from "../indicators/indicator-figures";
import { loadPlanFigures, yearsOf } from "../indicators/indicator-read.service";
import type { PlanRow } from "../supervision/plan-lookup";

/**
 * A plan's indicators against their targets at the plan's region, in the latest year with accepted
 * figures up to the as-of year (what the public portal would show then), through the indicator
 * read service so that roll-up and status are the indicator pages' own.
 */
export async function dashboardIndicators(db: DbOrTx, plan: PlanRow, asOf: string, now: Date) {
  const figures = await loadPlanFigures(db, plan, "accepted", now);
  const asOfYear = Number(asOf.slice(0, 4));
  const year = defaultYear(
    yearsOf(figures, plan.regionCode).filter((y) => y <= asOfYear),
    asOf,
    plan.periodEnd,
  );
  return {
    year,
    regionCode: plan.regionCode,
    items: figures.items.map(({ indicator, figures: f }) => {
      const figure = f.figure(plan.regionCode, year);
      return {
        id: indicator.id,
        no: indicator.no,
        name: indicator.name,
        attribute: indicator.attribute,
        isRate: indicator.isRate,
        target: { op: indicator.targetOp, value: indicator.targetValue, unit: indicator.targetUnit, text: indicator.targetText },
        value: figure.value,
        expected: figure.status.expected,
        status: figure.status.status,
        light: figure.status.light,
      };
    }),
  };
}
