import { chineseNumberValue } from "./chinese-numbers";

const CJK = "[\\u3400-\\u9fff\\uff00-\\uffef\\u3000-\\u303f“”‘’《》（）]";
const SPACE_BETWEEN_CJK = new RegExp(`(${CJK})[\\s\\u00a0]+(?=${CJK})`, "g");

/** Removes word-processor artefacts such as "[bookmark: _GoBack]" wherever they appear. */
export function stripArtefacts(text: string): string {
  return text.replace(/\[bookmark:[^\]]*\]/g, "").replace(/[\u200b\ufeff]/g, "");
}

/** A cell's text as one line: lines joined, tabs dropped, spaces between CJK characters dropped. */
export function normalizeCellText(text: string): string {
  return stripArtefacts(text)
    .split("\n")
    .map((line) => line.replace(/\t/g, "").trim())
    .filter((line) => line !== "")
    .join("")
    .replace(SPACE_BETWEEN_CJK, "$1")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
}

const LEADING_NUMBER = /^\s*(?:(\d{1,3})(?:[.、．](?!\d)|[)）])|[（(](\d{1,3})[)）]|[（(]([一二三四五六七八九十百]+)[)）]|([一二三四五六七八九十百]+)、|第([一二三四五六七八九十百\d]+)[项条])\s*/;

/** The row's own leading numbering ("9.", "（一）", "三、"), as a number string, and the text after it. */
export function splitLeadingNumber(text: string): { number: string | null; rest: string } {
  const m = LEADING_NUMBER.exec(text);
  if (!m) return { number: null, rest: text };
  const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
  const value = /^\d+$/.test(raw) ? Number(raw) : chineseNumberValue(raw);
  return { number: value === null ? null : String(value), rest: text.slice(m[0].length) };
}

/** Reads a number cell: "1", "1.", "（四）", "四", "第3项" → "1", "4", "3"; null when it is not a number. */
export function parseNumberCell(cell: string): string | null {
  const text = cell.replace(/[\s\u3000]+/g, "");
  if (text === "") return null;
  if (/^\d{1,4}[.、．]?$/.test(text)) return String(Number(text.replace(/[.、．]/, "")));
  if (/^\d{1,3}(\.\d{1,3})+$/.test(text)) return text;
  const m = /^[（(]?第?([一二三四五六七八九十百]+|\d+)[项条]?[)）、.]?$/.exec(text);
  if (!m) return null;
  const value = /^\d+$/.test(m[1]) ? Number(m[1]) : chineseNumberValue(m[1]);
  return value === null ? null : String(value);
}

/** Task text as the contract wants it: one line, leading numbering dropped, artefacts removed. */
export function normalizeContent(cell: string): string {
  return splitLeadingNumber(normalizeCellText(cell)).rest.trim();
}
