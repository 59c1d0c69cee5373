import { isHeaderLikeRow } from "./header-words";
import type { PlanDocument, TableBlock } from "./types";

/**
 * Reads the plain-text layout that Word's "save as text" produces (each table
 * cell on a line starting with a tab, continuation lines without one, rows
 * separated by blank lines), plus tables written with `|` and tab-separated
 * rows, into the common PlanDocument.
 */
export function readTextDocument(text: string): PlanDocument {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: PlanDocument["blocks"] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
    } else if (line.startsWith("\t")) {
      const region = readTabRegion(lines, i);
      blocks.push(region.table);
      i = region.next;
    } else if (isPipeRow(line)) {
      const region = readPipeTable(lines, i);
      blocks.push(region.table);
      i = region.next;
    } else if (line.includes("\t") && line.trim().includes("\t")) {
      const region = readTsvTable(lines, i);
      blocks.push(region.table);
      i = region.next;
    } else {
      blocks.push({ kind: "paragraph", text: line.trim() });
      i++;
    }
  }
  return { blocks };
}

const isBlank = (line: string): boolean => line.trim() === "";

// Lines that end a table even when they follow it directly: notes, attachments, section headings.
const STOP_LINE = /^\s*(注[:：]|附件|附表|抄送|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])/;

/** A continuation line after a blank line is only taken when short: long text after a table is running prose. */
const MAX_DETACHED_CONTINUATION = 40;

/** A cell that starts a new row: a bare row number or a numbered item. */
const ROW_START_CELL = /^\s*(\d{1,3}[.、．]?|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、?)\s*$/;

function readTabRegion(lines: string[], start: number): { table: TableBlock; next: number } {
  const rows: string[][] = [];
  let columns = 0;
  let row: string[] = [];
  let block: string[] = [];
  let i = start;
  let blankBefore = false;

  const flushBlock = (): void => {
    if (block.length === 0) return;
    const continuesRow =
      columns > 0 && row.length > 0 && row.length < columns && row.length + block.length <= columns && !(row.length >= 2 && ROW_START_CELL.test(block[0]));
    if (continuesRow) {
      row.push(...block);
    } else {
      flushRow();
      row = block;
    }
    block = [];
    if (columns > 0 && row.length >= columns) flushRow();
  };
  const flushRow = (): void => {
    if (row.length === 0) return;
    const cells = row.map((c) => c.replace(/\n+$/, ""));
    if (columns === 0 && cells.length >= 2 && isHeaderLikeRow(cells)) columns = cells.length;
    rows.push(cells);
    row = [];
  };
  const currentRowLength = (): number => (columns > 0 && row.length + block.length < columns ? row.length + block.length : -1);

  for (; i < lines.length; i++) {
    const line = lines[i];
    // "\t" alone is an empty cell, not a blank line
    if (isBlank(line) && !line.startsWith("\t")) {
      blankBefore = true;
      continue;
    }
    if (line.startsWith("\t")) {
      if (blankBefore) flushBlock();
      blankBefore = false;
      for (const cell of line.slice(1).split("\t")) block.push(cell.trim());
      continue;
    }
    if (STOP_LINE.test(line) || isPipeRow(line)) break;
    if (blankBefore && currentRowLength() < 0 && line.trim().length > MAX_DETACHED_CONTINUATION) break;
    blankBefore = false;
    if (block.length === 0) {
      // a continuation of the last cell of the previous block
      if (row.length === 0) {
        const last = rows[rows.length - 1];
        if (!last) break;
        last[last.length - 1] = joinLine(last[last.length - 1], line);
      } else {
        row[row.length - 1] = joinLine(row[row.length - 1], line);
      }
    } else {
      block[block.length - 1] = joinLine(block[block.length - 1], line);
    }
  }
  flushBlock();
  flushRow();
  return { table: { kind: "table", rows }, next: i };
}

const joinLine = (cell: string, line: string): string => (cell === "" ? line.trim() : `${cell}\n${line.trim()}`);

function isPipeRow(line: string): boolean {
  const t = line.trim();
  return t.startsWith("|") && t.split("|").length >= 4;
}

function splitPipeRow(line: string): string[] {
  const t = line.trim().replace(/^\|/, "").replace(/\|$/, "");
  return t.split("|").map((c) => c.replace(/<br\s*\/?>/gi, "\n").trim());
}

function readPipeTable(lines: string[], start: number): { table: TableBlock; next: number } {
  const rows: string[][] = [];
  let i = start;
  for (; i < lines.length && isPipeRow(lines[i]); i++) {
    const cells = splitPipeRow(lines[i]);
    if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === "")) continue;
    rows.push(cells);
  }
  return { table: { kind: "table", rows }, next: i };
}

function readTsvTable(lines: string[], start: number): { table: TableBlock; next: number } {
  const rows: string[][] = [];
  let i = start;
  for (; i < lines.length && !lines[i].startsWith("\t") && lines[i].trim().includes("\t"); i++) {
    rows.push(lines[i].split("\t").map((c) => c.trim()));
  }
  return { table: { kind: "table", rows }, next: i };
}
