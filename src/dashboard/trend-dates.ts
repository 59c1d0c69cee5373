import { addDays } from "../supervision/dates";

/** At most ten years of quarter ends: a longer span would crowd the chart without telling more. */
export const MAX_TREND_POINTS = 41;

/**
 * The days of the trend: every quarter end from `start` up to (not including) `asOf`, then `asOf`
 * itself, so the last point always equals the dashboard's own counts. Only the latest
 * MAX_TREND_POINTS are kept when the span is longer.
 */
export function trendDates(start: string | null, asOf: string): string[] {
  const days: string[] = [];
  if (start !== null && start < asOf) {
    let year = Number(start.slice(0, 4));
    let quarter = Math.floor((Number(start.slice(5, 7)) - 1) / 3);
    for (;;) {
      const day = quarterEnd(year, quarter);
      if (day >= asOf) break;
      if (day >= start) days.push(day);
      quarter += 1;
      if (quarter === 4) {
        quarter = 0;
        year += 1;
      }
    }
  }
  days.push(asOf);
  return days.slice(-MAX_TREND_POINTS);
}

function quarterEnd(year: number, quarter: number): string {
  // The day before the next quarter's first day, so month lengths need no table.
  const nextYear = quarter === 3 ? year + 1 : year;
  const nextMonth = quarter === 3 ? 1 : quarter * 3 + 4;
  return addDays(`${nextYear}-${String(nextMonth).padStart(2, "0")}-01`, -1);
}
