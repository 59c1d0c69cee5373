import { chineseNumberValue, chineseYearValue, toHalfWidth } from "./chinese-numbers";
import { findNamedDays } from "./named-days";
import type { ScheduleItem } from "./types";

/** The structured reading of one time-limit cell. */
export interface ParsedSchedule {
  items: ScheduleItem[];
  /** Parts of the text that carry no recognisable time; a warning for the preview. */
  unread: string[];
  /** True when months appeared without a year and no planYear was known. */
  missingYear: boolean;
}

const pad = (n: number): string => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthEnd = (year: number, month: number): string => `${year}-${pad(month)}-${pad(lastDayOf(year, month))}`;
const monthStart = (year: number, month: number): string => `${year}-${pad(month)}-01`;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;

const ONGOING = /^(长期|持续|常年|长效|经常性|常态化|逐年|每年持续|动态)(坚持|推进|实施|开展|进行|落实|执行|管理|化)?(工作)?$|^(长期坚持|长期推进|持续实施|持续推进|持续开展|长期实施|常态化开展|持续进行|长期|持续)$/;
const ONGOING_INSIDE = /长期坚持|长期推进|长期实施|持续实施|持续推进|持续开展|常态化推进|常态化开展|长期开展/;
const EXTERNAL = /^(根据|按照|依照|依据|按|遵照|视)(国家|中央|省|市|县|区|上级|申报|有关)(的|级)?(统一)?(要求|安排|部署|规定|进度|计划|情况)?(.*)$/;
const RECURRING: [RegExp, "month" | "quarter" | "half-year" | "year"][] = [
  [/^(每个?半年|按半年|半年一次)/, "half-year"],
  [/^(每个?季度?|按季度?|逐季|季度)/, "quarter"],
  [/^(每个?月|按月|逐月|月度)/, "month"],
  [/^(每年度?|按年度?|逐年|年度)/, "year"],
];

/** Normalises a time-limit text: half-width digits, Chinese numerals before 年/月, one dash for ranges. */
function normalize(raw: string): string {
  let text = toHalfWidth(raw).replace(/\[bookmark:[^\]]*\]/g, "").replace(/[\s\u3000]+/g, "");
  text = text.replace(/([〇零一二三四五六七八九]{4})年/g, (whole, y: string) => `${chineseYearValue(y) ?? y}年`);
  text = text.replace(/([一二三四五六七八九十]{1,3})(月|季度)/g, (whole, n: string, unit: string) => {
    const v = chineseNumberValue(n);
    return v === null ? whole : `${v}${unit}`;
  });
  text = text.replace(/(\d)\s*[—–－~～〜至到]+\s*(\d)/g, "$1-$2").replace(/(\d)月-(\d)/g, "$1-$2");
  return text;
}

/**
 * Turns a time-limit cell ("2017年6月底前出台具体政策措施", "1-4月摸底，5-9月建设",
 * "每季度", "根据市统一安排", "元旦、春节") into schedule items. Month-only dates take
 * `planYear`; without it they are reported as missingYear and left out.
 */
export function parseSchedule(raw: string | null, planYear: number | null): ParsedSchedule {
  const result: ParsedSchedule = { items: [], unread: [], missingYear: false };
  if (raw === null) return result;
  const text = normalize(raw);
  if (text === "" || /^[-—/无]+$/.test(text)) return result;
  if (ONGOING.test(text.replace(/[。.]$/, ""))) {
    result.items.push({ type: "ongoing" });
    return result;
  }
  const external = EXTERNAL.exec(text);
  if (external) {
    result.items.push(withAction({ type: "external", by: externalBy(external[2]) }, cleanAction(external[6])));
    return result;
  }
  const context = { year: planYear, result };
  const segments = text.split(/[；;，,。]/).filter((s) => s !== "");
  for (const segment of segments) {
    const before = result.items.length;
    parseSegment(segment, context);
    if (result.items.length === before) {
      // "7-8月，完成申报审核任务": a segment without a time is the action of the item before it.
      const last = result.items[result.items.length - 1];
      const action = cleanAction(segment);
      if (last && !("action" in last && last.action) && action && !result.missingYear) {
        (last as { action?: string }).action = action;
      } else if (action) {
        result.unread.push(segment);
      }
    }
  }
  return result;
}

function externalBy(word: string): string {
  if (word === "中央") return "国家";
  return word;
}

function withAction<T extends ScheduleItem>(item: T, action: string | null): T {
  return action ? { ...item, action } : item;
}

/** The words after a time that say what happens then, without filler. */
function cleanAction(text: string | undefined): string | null {
  if (!text) return null;
  const action = text.replace(/^(前|以前|之前|内|期间|左右|为止|开始|起)/, "").replace(/^(分两次|分批|分别|分阶段|集中)?/, (m) => (m === "集中" ? m : "")).replace(/[。.等]+$/, "").trim();
  return action === "" ? null : action;
}

interface SegmentContext {
  year: number | null;
  result: ParsedSchedule;
}

function push(context: SegmentContext, item: ScheduleItem): void {
  context.result.items.push(item);
}

function needYear(context: SegmentContext): number | null {
  if (context.year === null) context.result.missingYear = true;
  return context.year;
}

function parseSegment(segment: string, context: SegmentContext): void {
  let m: RegExpExecArray | null;
  if (ONGOING.test(segment) || ONGOING_INSIDE.test(segment)) {
    push(context, { type: "ongoing" });
    return;
  }
  // "集中宣传培训于4月进行": the window of that month, the words before are the action.
  if ((m = /^(.*?)于(\d{1,2})月(份)?(进行|开展|举行|实施|完成)?(.*)$/.exec(segment)) && validMonth(Number(m[2]))) {
    const year = needYear(context);
    if (year !== null) push(context, withAction({ type: "window", start: monthStart(year, Number(m[2])), end: monthEnd(year, Number(m[2])) }, cleanAction(m[1] + m[5])));
    return;
  }
  // A range of years: "2016-2020年".
  if ((m = /^(\d{4})-(\d{4})年(.*)$/.exec(segment))) {
    push(context, withAction({ type: "window", start: `${m[1]}-01-01`, end: `${m[2]}-12-31` }, cleanAction(m[3])));
    return;
  }
  // Year, month and day: "2017年6月30日前".
  if ((m = /^(\d{4})年(\d{1,2})月(\d{1,2})日(前|以前|之前)?(.*)$/.exec(segment)) && validMonth(Number(m[2]))) {
    const day = Math.min(Number(m[3]), lastDayOf(Number(m[1]), Number(m[2])));
    context.year = Number(m[1]);
    push(context, withAction({ type: "deadline", due: `${m[1]}-${pad(Number(m[2]))}-${pad(day)}` }, cleanAction(m[5])));
    return;
  }
  // Year and month range: "2017年3-6月".
  if ((m = /^(\d{4})年(\d{1,2})-(\d{1,2})月(.*)$/.exec(segment)) && validMonth(Number(m[2])) && validMonth(Number(m[3]))) {
    const year = Number(m[1]);
    context.year = year;
    push(context, withAction({ type: "window", start: monthStart(year, Number(m[2])), end: monthEnd(year, Number(m[3])) }, cleanAction(m[4])));
    return;
  }
  // Year and month: "2017年6月底前出台…", "2018年12月前完成".
  if ((m = /^(\d{4})年(\d{1,2})月(份)?(底|末|中旬|上旬|下旬)?(前|以前|之前)?(.*)$/.exec(segment)) && validMonth(Number(m[2]))) {
    const year = Number(m[1]);
    context.year = year;
    push(context, withAction({ type: "deadline", due: dayInMonth(year, Number(m[2]), m[4]) }, cleanAction(m[6])));
    return;
  }
  // Half years and quarters of a given year.
  if ((m = /^(\d{4})年(上半年|下半年|第?([1-4])季度)(末|底)?(前|以前|之前)?(.*)$/.exec(segment))) {
    const year = Number(m[1]);
    context.year = year;
    pushPart(context, year, m[2], m[3], Boolean(m[4] || m[5]), m[6]);
    return;
  }
  // Year only: "2018年底前完成", "2018年全市…全面完成".
  if ((m = /^(\d{4})年(度)?(底|末|年底|年末)?(前|以前|之前|内)?(.*)$/.exec(segment))) {
    const year = Number(m[1]);
    context.year = year;
    if (/^(起|开始|以后|后)/.test(m[5])) {
      push(context, withAction({ type: "ongoing" }, cleanAction(m[5].replace(/^(起|开始|以后|后)/, ""))));
      return;
    }
    push(context, withAction({ type: "deadline", due: `${year}-12-31` }, cleanAction(m[5])));
    return;
  }
  // Month range without a year: "1-4月自查摸底".
  if ((m = /^(\d{1,2})-(\d{1,2})月(份)?(.*)$/.exec(segment)) && validMonth(Number(m[1])) && validMonth(Number(m[2]))) {
    const year = needYear(context);
    if (year !== null) push(context, withAction({ type: "window", start: monthStart(year, Number(m[1])), end: monthEnd(year, Number(m[2])) }, cleanAction(m[4])));
    return;
  }
  // Several months: "4、10月分两次完成申报及发放", "5、12月开展助残日、残疾人日活动".
  if ((m = /^(\d{1,2}(?:[、和及]\d{1,2})+)月(份)?(底|末)?(前|以前|之前)?(.*)$/.exec(segment))) {
    const months = m[1].split(/[、和及]/).map(Number).filter(validMonth);
    const year = needYear(context);
    const rest = m[5];
    const days = findNamedDays(rest, year);
    if (days.length > 0) {
      pushNamedDays(context, rest, days);
      return;
    }
    if (year !== null) for (const month of months) push(context, withAction({ type: "deadline", due: monthEnd(year, month) }, cleanAction(rest)));
    return;
  }
  // One month: "10月底前完成", "4月发卡", "12月底前", "10底前完成改造".
  if ((m = /^(\d{1,2})(?:月(份)?(底|末|中旬|上旬|下旬)?|(底|末))(前|以前|之前)?(.*)$/.exec(segment)) && validMonth(Number(m[1]))) {
    const year = needYear(context);
    if (year !== null) push(context, withAction({ type: "deadline", due: dayInMonth(year, Number(m[1]), m[3] ?? m[4]) }, cleanAction(m[6])));
    return;
  }
  // Half years and quarters of the plan year.
  if ((m = /^(上半年|下半年|第?([1-4])季度)(末|底)?(前|以前|之前)?(.*)$/.exec(segment))) {
    const year = needYear(context);
    if (year !== null) pushPart(context, year, m[1], m[2], Boolean(m[3] || m[4]), m[5]);
    return;
  }
  // The whole plan year: "全年", "全年开展服务".
  if ((m = /^(全年|年内|本年度|当年)(.*)$/.exec(segment))) {
    const year = needYear(context);
    if (year !== null) push(context, withAction({ type: "window", start: `${year}-01-01`, end: `${year}-12-31` }, cleanAction(m[2])));
    return;
  }
  for (const [pattern, every] of RECURRING) {
    if ((m = pattern.exec(segment))) {
      const year = context.year;
      const item: ScheduleItem = year === null ? { type: "recurring", every } : { type: "recurring", every, start: `${year}-01-01`, end: `${year}-12-31` };
      push(context, withAction(item, cleanAction(segment.slice(m[0].length).replace(/^(一次|1次)/, ""))));
      return;
    }
  }
  const days = findNamedDays(segment, context.year);
  if (days.length > 0) {
    if (context.year === null) context.result.missingYear = true;
    pushNamedDays(context, segment, days);
    return;
  }
  if ((m = /^(.*?)(十[一二三四五]五)(期间|时期|期末|末|内)(.*)$/.exec(segment))) {
    const start = 2016 + 5 * ("一二三四五".indexOf(m[2][1]) - 2);
    if (m[3] === "期末" || m[3] === "末") push(context, withAction({ type: "deadline", due: `${start + 4}-12-31` }, cleanAction(m[1] + m[4])));
    else push(context, withAction({ type: "window", start: `${start}-01-01`, end: `${start + 4}-12-31` }, cleanAction(m[1] + m[4])));
  }
}

function dayInMonth(year: number, month: number, part: string | undefined): string {
  if (part === "上旬") return `${year}-${pad(month)}-10`;
  if (part === "中旬") return `${year}-${pad(month)}-20`;
  return monthEnd(year, month);
}

function pushPart(context: SegmentContext, year: number, part: string, quarter: string | undefined, deadline: boolean, rest: string): void {
  const [from, to] = part === "上半年" ? [1, 6] : part === "下半年" ? [7, 12] : [Number(quarter) * 3 - 2, Number(quarter) * 3];
  const action = cleanAction(rest);
  if (deadline) push(context, withAction({ type: "deadline", due: monthEnd(year, to) }, action));
  else push(context, withAction({ type: "window", start: monthStart(year, from), end: monthEnd(year, to) }, action));
}

/** One event per named day; when the days are listed inside an action, each gets the action with its own name. */
function pushNamedDays(context: SegmentContext, text: string, days: ReturnType<typeof findNamedDays>): void {
  const first = days[0];
  const last = days[days.length - 1];
  const listEnd = last.index + last.written.length;
  const before = text.slice(0, first.index);
  const after = text.slice(listEnd).replace(/^等/, "");
  const hasAction = cleanAction(before + after) !== null;
  for (const day of days) {
    const action = hasAction ? cleanAction(before + day.written + after) : null;
    push(context, withAction({ type: "event", name: day.name, date: day.date }, action));
  }
}
