import { PlanParseError } from "./errors";
import { readIndicatorRows } from "./indicator-table";
import { findDocNumber, findIssuedOn, findIssuer, findPeriod, findPlanYear, findTitle } from "./metadata";
import { findLayout, type TableLayout } from "./table-layout";
import { readTaskRows, type TaskReadState } from "./task-table";
import type { Indicator, ParseOptions, ParseResult, ParseWarning, PlanDocument, TableBlock } from "./types";
import { collectPlaceNames } from "./unit-list";

/**
 * The one genre-level extractor: from any reader's PlanDocument to the
 * PlanExtraction of spec/plan-extraction.md.
 */
export function extractPlan(document: PlanDocument, source: string, options: ParseOptions = {}): ParseResult {
  const paragraphs: string[] = [];
  const layouts: (TableLayout | null)[] = [];
  let firstTaskBlock = -1;
  document.blocks.forEach((block, i) => {
    if (block.kind === "paragraph") {
      paragraphs.push(block.text);
      layouts.push(null);
      return;
    }
    const layout = findLayout(block);
    layouts.push(layout);
    if (layout?.kind === "task" && firstTaskBlock < 0) firstTaskBlock = i;
  });
  if (firstTaskBlock < 0) throw noTaskTable(document);

  const firstTable = document.blocks[firstTaskBlock] as TableBlock;
  const firstLayout = layouts[firstTaskBlock] as TableLayout;
  // In a spreadsheet the title, 文号 and date sit in single-cell rows above the header: read them as paragraphs.
  const linesAboveHeader = firstTable.rows.slice(0, firstLayout.headerRow).map(singleText).filter((t): t is string => t !== null);
  const beforeTable = [...document.blocks.slice(0, firstTaskBlock).filter((b) => b.kind === "paragraph").map((b) => (b as { text: string }).text), ...linesAboveHeader];
  if (!document.blocks.slice(0, firstTaskBlock).some((b) => b.kind === "paragraph")) paragraphs.unshift(...linesAboveHeader);
  const caption = captionOf(firstTable, firstLayout.headerRow);
  const title = findTitle(paragraphs, beforeTable, caption ?? firstTable.name ?? null);
  const planYear = options.planYear ?? findPlanYear(title);
  const fullText = paragraphs.join("\n");

  const warnings: ParseWarning[] = [];
  const indicators: Indicator[] = [];
  const state: TaskReadState = {
    tasks: [],
    warnings,
    planYear,
    units: { placeNames: collectPlaceNames(fullText + "\n" + tableText(document)) },
    tableIndex: 0,
    previousUnits: null,
    previousSchedule: null,
    project: null,
  };
  let lastTaskLayout: TableLayout | null = null;
  document.blocks.forEach((block, i) => {
    if (block.kind !== "table") return;
    state.tableIndex = i;
    const layout = layouts[i];
    if (layout?.kind === "task") {
      readTaskRows(block.rows, layout.headerRow + 1, layout, state);
      lastTaskLayout = layout;
    } else if (layout?.kind === "indicator") {
      readIndicatorRows(block.rows, layout.headerRow + 1, layout, i, indicators, warnings);
      lastTaskLayout = null;
    } else if (lastTaskLayout && block.rows.length > 0 && block.rows[0].length === lastTaskLayout.width) {
      // A table split at a page break without its header: same columns, same reading.
      readTaskRows(block.rows, 0, lastTaskLayout, state);
    }
  });

  const scheduleYears = state.tasks.flatMap((t) => [...(t.schedule.raw ?? "").matchAll(/(20\d\d)年/g)].map((m) => Number(m[1])));
  return {
    extraction: {
      source,
      title,
      docNumber: findDocNumber(paragraphs),
      issuer: findIssuer(paragraphs),
      issuedOn: findIssuedOn(paragraphs),
      planYear,
      period: findPeriod(title, planYear, fullText, scheduleYears),
      tasks: state.tasks,
      indicators,
    },
    warnings,
  };
}

function singleText(row: string[]): string | null {
  const filled = row.map((c) => c.trim()).filter((c) => c !== "");
  return new Set(filled).size === 1 ? filled[0] : null;
}

/** The text of a single-cell row above the header: the table's own title. */
function captionOf(table: TableBlock, headerRow: number): string | null {
  for (let r = headerRow - 1; r >= 0; r--) {
    const filled = table.rows[r].filter((c) => c.trim() !== "");
    if (new Set(filled).size === 1) return filled[0];
  }
  return null;
}

function tableText(document: PlanDocument): string {
  return document.blocks
    .filter((b): b is TableBlock => b.kind === "table")
    .map((t) => t.rows.map((r) => r.join("\n")).join("\n"))
    .join("\n");
}

function noTaskTable(document: PlanDocument): PlanParseError {
  const tables = document.blocks.filter((b) => b.kind === "table").length;
  const why =
    tables === 0
      ? ["文档中没有表格", "the document has no table"]
      : [`文档有 ${tables} 个表格，但没有表头含“任务/工作任务”和“责任单位/牵头单位”的表格`, `the document has ${tables} table(s) but none with a 任务 and 责任单位 header`];
  return new PlanParseError("PLAN_NO_TASK_TABLE", `未找到任务分工表：${why[0]}`, `No task-division table found: ${why[1]}`);
}
