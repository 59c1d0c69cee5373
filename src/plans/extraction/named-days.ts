import { Lunar } from "lunar-javascript";

/** A named day that a time limit may refer to, with how to date it in a given year. */
interface NamedDay {
  name: string;
  aliases: RegExp;
  date: (year: number) => string;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const fixed = (month: number, day: number) => (year: number) => `${year}-${pad(month)}-${pad(day)}`;
const lunarCache = new Map<string, string>();
// Lunar conversion is the slow part of dating a schedule; each (year, month, day) is converted once.
const lunar = (month: number, day: number) => (year: number) => {
  const key = `${year}-${month}-${day}`;
  let solar = lunarCache.get(key);
  if (solar === undefined) {
    solar = Lunar.fromYmd(year, month, day).getSolar().toYmd();
    lunarCache.set(key, solar);
  }
  return solar;
};

/** The n-th given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The last given weekday of a month. */
function lastWeekday(year: number, month: number, weekday: number): string {
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return `${year}-${pad(month)}-${pad(lastDay - ((last - weekday + 7) % 7))}`;
}

// Longer aliases first so that 国际残疾人日 is not read as 残疾人日 inside something else.
const NAMED_DAYS: NamedDay[] = [
  { name: "全国助残日", aliases: /全国助残日|助残日/, date: (y) => nthWeekday(y, 5, 0, 3) },
  { name: "国际残疾人日", aliases: /国际残疾人日|残疾人日/, date: fixed(12, 3) },
  { name: "元旦", aliases: /元旦/, date: fixed(1, 1) },
  { name: "春节", aliases: /春节/, date: lunar(1, 1) },
  { name: "元宵节", aliases: /元宵/, date: lunar(1, 15) },
  { name: "端午节", aliases: /端午/, date: lunar(5, 5) },
  { name: "中秋节", aliases: /中秋/, date: lunar(8, 15) },
  { name: "重阳节", aliases: /重阳/, date: lunar(9, 9) },
  { name: "国庆节", aliases: /国庆/, date: fixed(10, 1) },
  { name: "全国爱耳日", aliases: /爱耳日/, date: fixed(3, 3) },
  { name: "全国爱眼日", aliases: /爱眼日/, date: fixed(6, 6) },
  { name: "世界孤独症日", aliases: /孤独症日|自闭症日/, date: fixed(4, 2) },
  { name: "全国残疾预防日", aliases: /残疾预防日/, date: fixed(8, 25) },
  { name: "国际盲人节", aliases: /盲人节|白手杖节/, date: fixed(10, 15) },
  { name: "国际聋人节", aliases: /聋人节/, date: (y) => lastWeekday(y, 9, 0) },
];

const ANY_NAMED_DAY = new RegExp(NAMED_DAYS.map((d) => d.aliases.source).join("|"));

/** A named day found in a text: canonical name, where it was written and its date when the year is known. */
export interface NamedDayHit {
  name: string;
  written: string;
  index: number;
  date: string | null;
}

/** Finds the named days in a time-limit text, in the order written. */
export function findNamedDays(text: string, year: number | null): NamedDayHit[] {
  const hits: NamedDayHit[] = [];
  const taken: [number, number][] = [];
  if (!ANY_NAMED_DAY.test(text)) return hits;
  for (const day of NAMED_DAYS) {
    const pattern = new RegExp(day.aliases.source, "g");
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      hits.push({ name: day.name, written: m[0], index: start, date: year === null ? null : dateOfNamedDay(day, year) });
    }
  }
  return hits.sort((a, b) => a.index - b.index);
}

function dateOfNamedDay(day: NamedDay, year: number): string | null {
  try {
    return day.date(year);
  } catch {
    return null;
  }
}
