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

// Lunar month/day of the lunar year that begins in this Gregorian year; every
// lunar festival up to 重阳 (9th month) falls in the same Gregorian year.
const lunarDay = (month: number, day: number) => (year: number): CalendarDate => {
  const solar = Lunar.fromYmd(year, month, day).getSolar();
  return { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
};

/** The named days a schedule may refer to, with the rule that dates each of them. */
export const NAMED_DAYS: readonly NamedDayRule[] = [
  { name: "元旦", aliases: ["新年"], since: 1, dateIn: fixed(1, 1) },
  { name: "春节", aliases: ["农历新年"], since: 1, dateIn: lunarDay(1, 1) },
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
  // Days the parser (src/plans/extraction/named-days.ts) also recognises; not in
  // reference §7.1, dates and first years from general knowledge.
  { name: "元宵节", aliases: ["元宵"], since: 1, dateIn: lunarDay(1, 15) },
  { name: "世界孤独症日", aliases: ["孤独症日", "自闭症日"], since: 2008, dateIn: fixed(4, 2) },
  { name: "端午节", aliases: ["端午"], since: 1, dateIn: lunarDay(5, 5) },
  { name: "全国爱眼日", aliases: ["爱眼日"], since: 1996, dateIn: fixed(6, 6) },
  { name: "中秋节", aliases: ["中秋"], since: 1, dateIn: lunarDay(8, 15) },
  { name: "国庆节", aliases: ["国庆"], since: 1950, dateIn: fixed(10, 1) },
  { name: "重阳节", aliases: ["重阳"], since: 1, dateIn: lunarDay(9, 9) },
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
