// Plan dates are calendar days, not instants: all arithmetic here works on
// year/month/day integers so that no time zone can shift a deadline by a day.

/** A calendar day as three integers (month 1–12, day 1–31). */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for leap years of the proleptic Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses "YYYY-MM-DD"; null when the text is not a real calendar day. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Formats a calendar day as "YYYY-MM-DD". */
export function formatIsoDate({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Day of the week, 0 = Sunday … 6 = Saturday (Sakamoto's method, no Date object). */
export function dayOfWeek({ year, month, day }: CalendarDate): number {
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const y = month < 3 ? year - 1 : year;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1] + day) % 7;
}

/** The n-th given weekday (0 = Sunday) of a month, e.g. the third Sunday of May. */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): CalendarDate {
  const firstWeekday = dayOfWeek({ year, month, day: 1 });
  const firstMatch = 1 + ((weekday - firstWeekday + 7) % 7);
  return { year, month, day: firstMatch + (n - 1) * 7 };
}
