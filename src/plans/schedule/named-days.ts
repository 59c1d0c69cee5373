import { Lunar } from "lunar-javascript";
import { type CalendarDate, formatIsoDate, nthWeekdayOfMonth } from "./calendar-date";

// Rules from domain/reference.md §7.1 and the extraction spec. `since` is the
// first year the day was observed: a plan period that starts earlier gets no
// milestone for the years before it (残疾预防日 only exists from 2017).
interface NamedDayRule {
  name: string;
  /** Other ways documents write the same day. */
  aliases: readonly string[];
  since: number;
  dateIn(year: number): CalendarDate;
}

const SUNDAY = 0;

const fixed = (month: number, day: number) => (year: number): CalendarDate => ({ year, month, day });

/** The named days a schedule may refer to, with the rule that dates each of them. */
export const NAMED_DAYS: readonly NamedDayRule[] = [
  { name: "元旦", aliases: ["新年"], since: 1, dateIn: fixed(1, 1) },
  {
    name: "春节",
    aliases: ["农历新年"],
    since: 1,
    dateIn: (year) => {
      const solar = Lunar.fromYmd(year, 1, 1).getSolar();
      return { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
    },
  },
  { name: "全国爱耳日", aliases: ["爱耳日"], since: 2000, dateIn: fixed(3, 3) },
  {
    name: "全国助残日",
    aliases: ["助残日"],
    since: 1991,
    dateIn: (year) => nthWeekdayOfMonth(year, 5, SUNDAY, 3),
  },
  { name: "残疾预防日", aliases: ["全国残疾预防日"], since: 2017, dateIn: fixed(8, 25) },
  {
    name: "国际聋人节",
    aliases: ["聋人节"],
    since: 1958,
    dateIn: (year) => nthWeekdayOfMonth(year, 9, SUNDAY, 4),
  },
  { name: "国际盲人节", aliases: ["盲人节", "白手杖节", "国际白手杖节"], since: 1984, dateIn: fixed(10, 15) },
  { name: "国际残疾人日", aliases: ["残疾人日", "国际残疾人节"], since: 1992, dateIn: fixed(12, 3) },
];

/** The rule for a named day as a document writes it (full name or a short form), if known. */
export function findNamedDay(name: string): NamedDayRule | undefined {
  const wanted = name.trim();
  return NAMED_DAYS.find((rule) => rule.name === wanted || rule.aliases.includes(wanted));
}

/** Date (YYYY-MM-DD) of a named day in a year; null when the day is unknown or not yet observed that year. */
export function namedDayDate(name: string, year: number): string | null {
  const rule = findNamedDay(name);
  if (!rule || !Number.isInteger(year) || year < rule.since || year > 9999) return null;
  return formatIsoDate(rule.dateIn(year));
}
