import { chineseNumberValue, chineseYearValue, toHalfWidth } from "./chinese-numbers";
import type { PlanExtraction } from "./types";

type Metadata = Pick<PlanExtraction, "title" | "docNumber" | "issuer" | "issuedOn" | "planYear" | "period">;

const DOC_NUMBER = /^([\u4e00-\u9fa5]{1,12}[〔[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(\d*)\s*号)$/;
const ISSUER = /^([\u4e00-\u9fa5（）()]{2,24}?(人民政府办公室|人民政府办公厅|人民政府|政府办公室|残疾人联合会|残疾人工作委员会|残工委|委员会|办公室|办公厅))$/;
const DATE_LINE = /^(\d{4}|[〇零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日$/;
const TITLE_END = /(规划|实施方案|工作方案|方案|行动计划|计划|工作要点|要点|纲要|意见|分工表|分解表|安排表|任务表|责任表|清单|细则)$/;

const compact = (text: string): string => text.replace(/[\s\u3000]+/g, "");

/** Head paragraphs: those before the first long paragraph, where titles, numbers and issuers sit. */
function headOf(paragraphs: string[]): string[] {
  const head: string[] = [];
  for (const p of paragraphs) {
    if (compact(p).length > 80) break;
    head.push(p);
    if (head.length >= 30) break;
  }
  return head;
}

/** The plan's title: the one a covering notice names, else a title-like head line, else the line over the task table. */
export function findTitle(paragraphs: string[], beforeTable: string[], caption: string | null): string | null {
  const head = headOf(paragraphs);
  const joined = head.map(compact).join("");
  const notice = /关于印发(.{4,80}?)的通知/.exec(joined);
  if (notice) return notice[1].replace(/[《》]/g, "");
  for (const p of head) {
    const text = stripAttachment(compact(p));
    if (text.length >= 4 && text.length <= 60 && TITLE_END.test(text) && !/^关于/.test(text)) return text;
  }
  for (let i = beforeTable.length - 1; i >= 0 && i >= beforeTable.length - 4; i--) {
    const text = stripAttachment(compact(beforeTable[i]));
    if (isTitleLike(text)) return text;
  }
  return caption ? stripAttachment(compact(caption)) || null : null;
}

function stripAttachment(text: string): string {
  return text.replace(/^附(件|表)\d*[:：]?/, "").replace(/[（(]续表?[)）]$/, "");
}

function isTitleLike(text: string): boolean {
  return text.length >= 4 && text.length <= 60 && !/[。；;：:]$/.test(text) && !DATE_LINE.test(text) && !DOC_NUMBER.test(text) && !/^(注|抄送)/.test(text);
}

/** 文号 as printed in the head; null when absent or left blank ("临政字〔2017〕 号"). */
export function findDocNumber(paragraphs: string[]): string | null {
  for (const p of headOf(paragraphs)) {
    const m = DOC_NUMBER.exec(toHalfWidth(compact(p)).replace(/[[［【(（]/, "〔").replace(/[\]］】)）]/, "〕"));
    if (m) return m[3] ? m[1] : null;
  }
  return null;
}

/** The issuing body: a line that is only an authority's name, in the head. */
export function findIssuer(paragraphs: string[]): string | null {
  for (const p of headOf(paragraphs)) {
    const text = compact(p);
    if (!/^关于/.test(text) && ISSUER.test(text)) return text;
  }
  return null;
}

/** The signature date (a line that is only a date); null when absent or blank ("2017年 月 日"). */
export function findIssuedOn(paragraphs: string[]): string | null {
  for (const p of paragraphs.slice(0, 200)) {
    const m = DATE_LINE.exec(toHalfWidth(compact(p)));
    if (!m) continue;
    const year = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseYearValue(m[1]);
    const month = /^\d+$/.test(m[2]) ? Number(m[2]) : chineseNumberValue(m[2]);
    const day = /^\d+$/.test(m[3]) ? Number(m[3]) : chineseNumberValue(m[3]);
    if (year && month && day && month <= 12 && day <= 31) return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
  return null;
}

/** The year a yearly plan is for ("惠残2020工程", "2021年工作要点"); null for multi-year plans. */
export function findPlanYear(title: string | null): number | null {
  if (!title) return null;
  const text = toHalfWidth(title);
  if (/20\d\d\s*[-—–~至到]\s*20\d\d/.test(text)) return null;
  const years = [...text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : null;
}

const FIVE_YEAR = /十([一二三四五六])五/g;

/** The plan period: from the title, the plan year, the five-year plan named most, or the years in the time limits. */
export function findPeriod(title: string | null, planYear: number | null, fullText: string, scheduleYears: number[]): Metadata["period"] {
  const text = toHalfWidth(title ?? "");
  const range = /(20\d\d)\s*[-—–~至到]\s*(20\d\d)/.exec(text);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  const inTitle = /十([一二三四五六])五/.exec(text);
  if (inTitle) return fiveYear(inTitle[1]);
  if (planYear !== null) return { start: planYear, end: planYear };
  const counts = new Map<string, number>();
  for (const m of fullText.matchAll(FIVE_YEAR)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const named = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (named) return fiveYear(named[0]);
  if (scheduleYears.length > 0) {
    const first = Math.min(...scheduleYears);
    const start = 2016 + 5 * Math.floor((first - 2016) / 5);
    return { start, end: start + 4 };
  }
  return null;
}

function fiveYear(ordinal: string): { start: number; end: number } {
  const n = "一二三四五六".indexOf(ordinal) + 11; // 十三五 = the 13th plan, 2016-2020
  const start = 2016 + (n - 13) * 5;
  return { start, end: start + 4 };
}
