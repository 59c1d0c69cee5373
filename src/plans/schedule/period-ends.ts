import { type CalendarDate, daysInMonth, formatIsoDate, parseIsoDate } from "./calendar-date";
import type { Cycle } from "./schedule-item";

// Months whose last day closes a period of each cycle.
const CLOSING_MONTHS: Record<Cycle, readonly number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  "half-year": [6, 12],
  year: [12],
};

/** Last days of the cycle's periods (month, quarter, half-year, year) that fall inside [start, end], ascending. */
export function periodEnds(cycle: Cycle, start: string, end: string): string[] {
  const from = parseIsoDate(start);
  const to = parseIsoDate(end);
  if (!from || !to) return [];
  const ends: string[] = [];
  for (let year = from.year; year <= to.year; year++) {
    for (const month of CLOSING_MONTHS[cycle]) {
      const closing = formatIsoDate({ year, month, day: daysInMonth(year, month) });
      if (closing >= start && closing <= end) ends.push(closing);
    }
  }
  return ends;
}

/** Chinese name of the period that ends on the given day, e.g. "2017年第2季度", "2020年上半年". */
export function periodName(cycle: Cycle, periodEnd: CalendarDate): string {
  const { year, month } = periodEnd;
  switch (cycle) {
    case "month":
      return `${year}年${month}月`;
    case "quarter":
      return `${year}年第${Math.ceil(month / 3)}季度`;
    case "half-year":
      return `${year}年${month <= 6 ? "上半年" : "下半年"}`;
    case "year":
      return `${year}年度`;
  }
}
