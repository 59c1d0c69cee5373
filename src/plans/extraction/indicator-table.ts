import { toHalfWidth } from "./chinese-numbers";
import { normalizeCellText, parseNumberCell, splitLeadingNumber } from "./content-text";
import { isHeaderLikeRow } from "./header-words";
import { rowKey, type TableLayout } from "./table-layout";
import type { Indicator, IndicatorTarget, ParseWarning, TargetOperator } from "./types";

const OPERATOR_WORDS: [RegExp, TargetOperator][] = [
  [/^(≥|>=|＞=|不低于|不少于|大于等于|至少|达到|力争达到|保持在)/, ">="],
  [/^(≤|<=|＜=|不高于|不超过|小于等于|控制在)/, "<="],
  [/^(>|＞|大于|高于|超过)/, ">"],
  [/^(<|＜|小于|低于)/, "<"],
  [/^(=|＝|等于)/, "="],
];

/**
 * Reads a target cell: ">96%" → {">", 96, "%"}, "100%" → "=", "≥95%", "达到90%",
 * "95%以上". A relative target ("比2021年下降10%以上") keeps its change and base year;
 * the raw text is always kept in `text`. Null when the cell holds no number.
 */
export function parseTarget(cell: string, unitHint: string | null): IndicatorTarget | null {
  const raw = normalizeCellText(cell);
  let text = toHalfWidth(raw).replace(/\s+/g, "");
  if (text === "") return null;
  const relative = /^(比|较)(\d{4})年(基础上)?(下降|减少|降低|提高|增长|增加|上升)(.*)$/.exec(text);
  let change: IndicatorTarget["change"];
  if (relative) {
    change = { direction: /下降|减少|降低/.test(relative[4]) ? "decrease" : "increase", baseYear: Number(relative[2]) };
    text = relative[5];
  }
  let op: TargetOperator = "=";
  for (const [pattern, operator] of OPERATOR_WORDS) {
    const m = pattern.exec(text);
    if (m) {
      op = operator;
      text = text.slice(m[0].length);
      break;
    }
  }
  const m = /^(-?\d+(?:\.\d+)?)([%‰]|[\u4e00-\u9fa5a-zA-Z/²]{1,4}?)?(以上|以下|左右|及以上|及以下)?$/.exec(text);
  if (!m) return null;
  if (m[3] === "以上" || m[3] === "及以上") op = op === ">" ? ">" : ">=";
  if (m[3] === "以下" || m[3] === "及以下") op = op === "<" ? "<" : "<=";
  const target: IndicatorTarget = { op, value: Number(m[1]), unit: m[2] ?? unitHint, text: raw };
  if (change) target.change = change;
  return target;
}

const ATTRIBUTE: [RegExp, Indicator["attribute"]][] = [
  [/约束/, "binding"],
  [/预期/, "expected"],
];

/** Reads the rows of a main-indicator table. */
export function readIndicatorRows(rows: string[][], firstRow: number, layout: TableLayout, tableIndex: number, out: Indicator[], warnings: ParseWarning[]): void {
  const { columns } = layout;
  let counter = 0;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c.trim() === "")) continue;
    if (rowKey(row) === layout.headerKey || isHeaderLikeRow(row)) continue;
    const nameCell = normalizeCellText(row[columns.indicatorName ?? -1] ?? "");
    const targetCell = row[columns.target ?? -1] ?? "";
    if (nameCell === "" || (targetCell.trim() === "" && row.filter((c) => c.trim() !== "").length === 1)) continue;
    const leading = splitLeadingNumber(nameCell);
    let name = leading.rest.trim();
    let unitHint: string | null = normalizeCellText(row[columns.measure ?? -1] ?? "") || null;
    const unitInName = /[（(]([^（）()]{1,6})[)）]$/.exec(name);
    if (unitInName) {
      unitHint = unitHint ?? unitInName[1];
      name = name.slice(0, unitInName.index).trim();
    }
    counter++;
    const no = parseNumberCell(row[columns.no ?? -1] ?? "") ?? leading.number ?? String(counter);
    const target = parseTarget(targetCell, unitHint);
    if (!target) {
      warnings.push({ code: "INDICATOR_TARGET_NOT_UNDERSTOOD", message: `未能识别指标目标值：${normalizeCellText(targetCell)}`, messageEn: `Indicator target not understood: ${normalizeCellText(targetCell)}`, table: tableIndex, row: r, column: columns.target });
    }
    const attributeText = row[columns.attribute ?? -1] ?? "";
    const attribute = ATTRIBUTE.find(([pattern]) => pattern.test(attributeText))?.[1] ?? null;
    const indicator: Indicator = {
      no,
      name,
      target: target ?? { op: "=", value: Number.NaN, unit: unitHint, text: normalizeCellText(targetCell) },
      attribute,
    };
    const weight = Number(toHalfWidth(row[columns.weight ?? -1] ?? "").replace(/[%分\s]/g, ""));
    if (columns.weight !== undefined && Number.isFinite(weight) && (row[columns.weight] ?? "").trim() !== "") indicator.weight = weight;
    out.push(indicator);
  }
}
