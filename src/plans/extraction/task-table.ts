import { normalizeCellText, normalizeContent, parseNumberCell, splitLeadingNumber, stripArtefacts } from "./content-text";
import { isHeaderLikeRow } from "./header-words";
import { parseSchedule } from "./schedule-parser";
import { rowKey, type TableLayout } from "./table-layout";
import type { ParseWarning, Task } from "./types";
import { parseUnitList, splitTrailingUnits, type UnitContext } from "./unit-list";

/** Shared state while reading the task tables of one document (numbering and merges carry across page breaks). */
export interface TaskReadState {
  tasks: Task[];
  warnings: ParseWarning[];
  planYear: number | null;
  units: UnitContext;
  tableIndex: number;
  previousUnits: string | null;
  previousSchedule: string | null;
  project: { task: Task; key: string; children: number } | null;
}

const cell = (row: string[], column: number | undefined): string => (column === undefined ? "" : (row[column] ?? ""));

/** Reads the rows of one task table (or its continuation) into tasks. */
export function readTaskRows(rows: string[][], firstRow: number, layout: TableLayout, state: TaskReadState): void {
  const { columns } = layout;
  for (let r = firstRow; r < rows.length; r++) {
    const row = rows[r];
    if (row.every((c) => c.trim() === "")) continue;
    if (rowKey(row) === layout.headerKey || (isHeaderLikeRow(row) && row.length === layout.width)) continue;
    if (isGroupHeading(row, layout)) continue;
    if (columns.project !== undefined) readProjectRow(row, r, layout, state);
    else readFlatRow(row, r, layout, state);
  }
}

/**
 * A row with one text across it (a caption or a group heading such as "一、民生保障")
 * is not a task; numbering may restart after it.
 */
function isGroupHeading(row: string[], layout: TableLayout): boolean {
  const filledAt = row.map((c, i) => (c.trim() === "" ? -1 : i)).filter((i) => i >= 0);
  if (new Set(filledAt.map((i) => row[i].trim())).size !== 1) return false;
  if (parseNumberCell(row[filledAt[0]]) !== null) return false;
  if (row.length === 1) return true;
  const first = filledAt[0];
  const { content, project } = layout.columns;
  return first !== content && first !== project && (first === 0 || first === layout.columns.no);
}

function warn(state: TaskReadState, code: string, message: string, messageEn: string, at: { taskNo?: string; row?: number; column?: number }): void {
  state.warnings.push({ code, message, messageEn, table: state.tableIndex, ...at });
}

/** Reads the units of a row: separate lead/partner columns, one units column, or a trailing "（X牵头…）" note. */
function readUnits(row: string[], layout: TableLayout, content: string, state: TaskReadState, r: number): { cell: string; content: string } {
  const { columns } = layout;
  let unitCell = [cell(row, columns.lead), cell(row, columns.units), cell(row, columns.partners)].filter((c) => c.trim() !== "").join("\n");
  const trailing = splitTrailingUnits(content);
  if (trailing) {
    content = trailing.content;
    if (unitCell.trim() === "") unitCell = trailing.units;
  }
  if (unitCell.trim() === "") {
    if (state.previousUnits !== null && (columns.units !== undefined || columns.lead !== undefined)) {
      warn(state, "UNITS_INHERITED", "责任单位为空，沿用上一行（按合并单元格处理）", "Units cell empty; taken from the row above (merged cell)", { row: r, column: columns.units ?? columns.lead });
      unitCell = state.previousUnits;
    }
  } else {
    state.previousUnits = unitCell;
  }
  return { cell: unitCell, content };
}

function readScheduleCell(row: string[], layout: TableLayout): string | null {
  const text = normalizeCellText(cell(row, layout.columns.schedule));
  return text === "" ? null : text;
}

function makeTask(no: string, parent: string | null, content: string, unitCell: string, raw: string | null, state: TaskReadState, r: number): Task {
  const units = parseUnitList(unitCell, state.units);
  const parsed = parseSchedule(raw, state.planYear);
  if (units.lead === null) warn(state, "UNITS_EMPTY", "未读到责任单位", "No responsible unit found", { taskNo: no, row: r });
  if (parsed.missingYear) warn(state, "SCHEDULE_NO_YEAR", `时间进度“${raw}”未写年度，且无法确定计划年度`, `Time limit "${raw}" needs a year and no plan year is known`, { taskNo: no, row: r });
  else if (parsed.unread.length > 0 || (raw !== null && parsed.items.length === 0)) {
    warn(state, "SCHEDULE_NOT_UNDERSTOOD", `未能识别时间进度：${raw}`, `Time limit not understood: ${raw}`, { taskNo: no, row: r });
  }
  return { no, parent, content, lead: units.lead, partners: units.partners, schedule: { raw, items: parsed.items } };
}

function nextTopNumber(state: TaskReadState): string {
  for (let i = state.tasks.length - 1; i >= 0; i--) {
    const task = state.tasks[i];
    if (task.parent === null && /^\d+$/.test(task.no)) return String(Number(task.no) + 1);
  }
  return String(state.tasks.filter((t) => t.parent === null).length + 1);
}

function readFlatRow(row: string[], r: number, layout: TableLayout, state: TaskReadState): void {
  const { columns } = layout;
  const contentCell = stripArtefacts(cell(row, columns.content));
  const leading = splitLeadingNumber(normalizeCellText(contentCell));
  let content = normalizeContent(contentCell);
  const numberCell = cell(row, columns.no);
  let no = parseNumberCell(numberCell) ?? leading.number;
  const units = readUnits(row, layout, content, state, r);
  content = units.content;
  let raw = readScheduleCell(row, layout);
  if (content === "") {
    if (units.cell.trim() !== "" || raw !== null) warn(state, "ROW_WITHOUT_TASK", "此行没有任务内容，已跳过", "Row without task text skipped", { row: r, column: columns.content });
    return;
  }
  if (raw === null && columns.schedule !== undefined && state.previousSchedule !== null && /^\s*$/.test(cell(row, columns.schedule))) {
    raw = state.previousSchedule;
    warn(state, "SCHEDULE_INHERITED", "时间进度为空，沿用上一行（按合并单元格处理）", "Time limit empty; taken from the row above (merged cell)", { row: r, column: columns.schedule });
  }
  if (raw !== null) state.previousSchedule = raw;
  if (no === null || state.tasks.some((t) => t.no === no)) {
    const fresh = nextTopNumber(state);
    if (no !== null) warn(state, "TASK_NUMBER_RESTARTED", `序号 ${no} 重复（分组重新编号），改为 ${fresh}`, `Number ${no} repeats (numbering restarts per group); renumbered ${fresh}`, { row: r, column: columns.no });
    no = fresh;
  }
  if (columns.units !== undefined && row.length < layout.width) {
    warn(state, "ROW_CUT_OFF", "此行单元格不完整，可能被截断", "Row has fewer cells than the header; it may be cut off", { taskNo: no, row: r });
  }
  state.tasks.push(makeTask(no, null, content, units.cell, raw, state, r));
}

function readProjectRow(row: string[], r: number, layout: TableLayout, state: TaskReadState): void {
  const { columns } = layout;
  const projectCell = normalizeCellText(cell(row, columns.project));
  const units = readUnits(row, layout, "", state, r);
  if (projectCell !== "" && (state.project === null || state.project.key !== projectCell)) {
    const leading = splitLeadingNumber(projectCell);
    let no = parseNumberCell(cell(row, columns.no)) ?? leading.number;
    if (no === null || state.tasks.some((t) => t.no === no)) no = nextTopNumber(state);
    const task = makeTask(no, null, leading.rest.trim(), units.cell, null, state, r);
    state.tasks.push(task);
    state.project = { task, key: projectCell, children: 0 };
    state.previousSchedule = null;
  }
  const project = state.project;
  if (!project) return;
  const contentCell = stripArtefacts(cell(row, columns.content));
  const items = splitNumberedLines(contentCell);
  let raw = readScheduleCell(row, layout);
  if (raw === null && state.previousSchedule !== null) raw = state.previousSchedule;
  if (raw !== null) state.previousSchedule = raw;
  for (const item of items) {
    const leading = splitLeadingNumber(normalizeCellText(item));
    const content = normalizeContent(item);
    if (content === "") continue;
    project.children++;
    const childNumber = leading.number !== null && !state.tasks.some((t) => t.no === `${project.task.no}.${leading.number}`) ? leading.number : String(project.children);
    state.tasks.push(makeTask(`${project.task.no}.${childNumber}`, project.task.no, content, units.cell || unitsOf(project.task), raw, state, r));
  }
}

function unitsOf(task: Task): string {
  return [task.lead, ...task.partners].filter(Boolean).join("、");
}

/** A content cell holding several numbered items ("1.…\n2.…") gives one child per item. */
function splitNumberedLines(text: string): string[] {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const numbered = lines.filter((l) => splitLeadingNumber(l.trim()).number !== null);
  if (numbered.length < 2) return [text];
  const items: string[] = [];
  for (const line of lines) {
    if (splitLeadingNumber(line.trim()).number !== null || items.length === 0) items.push(line);
    else items[items.length - 1] += `\n${line}`;
  }
  return items;
}
