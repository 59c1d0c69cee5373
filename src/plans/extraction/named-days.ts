import { NAMED_DAYS as NAMED_DAY_RULES, namedDayDate } from "../schedule/named-days";

/** A named day as the parser looks for it: canonical name and every way of writing it. */
interface NamedDay {
  name: string;
  aliases: RegExp;
}

// One table of named days (src/plans/schedule/named-days.ts) dates them; here it only yields the
// patterns. Longer spellings first, so that 国际残疾人日 is not read as 残疾人日.
const NAMED_DAYS: NamedDay[] = NAMED_DAY_RULES.map((rule) => ({
  name: rule.name,
  aliases: new RegExp([rule.name, ...rule.aliases].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|")),
}));

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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
  return namedDayDate(day.name, year);
}
