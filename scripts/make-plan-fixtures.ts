import { fileURLToPath } from "node:url";
/**
 * Generates real .docx and .xlsx versions of the five text seeds from their
 * tables (npx tsx scripts/make-plan-fixtures.ts). The .docx files use vMerge
 * (rowSpan) for cells left empty under a filled one, gridSpan for a caption
 * row and a repeated header row; the .xlsx files put the head lines and the
 * caption above the header (not in row 1) and merge the same cells.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType } from "docx";
import ExcelJS from "exceljs";
import { readPlanDocument } from "../src/plans/extraction/index";
import { findLayout } from "../src/plans/extraction/table-layout";
import type { PlanDocument, TableBlock } from "../src/plans/extraction/types";

const SEEDS = process.env.SEEDS_DIR ?? fileURLToPath(new URL("../../shared/seeds", import.meta.url));
const OUT = join(import.meta.dirname, "../test/fixtures/plans/seeds");

/** For each data cell: how many rows it spans (0 = covered by the cell above). */
function mergePlan(table: TableBlock, headerRow: number, width: number): number[][] {
  const spans = table.rows.map(() => Array.from({ length: width }, () => 1));
  for (let c = 0; c < width; c++) {
    let owner = -1;
    for (let r = 0; r < table.rows.length; r++) {
      const text = table.rows[r][c] ?? "";
      const dataRow = r > headerRow && !isHeader(table, r, headerRow);
      if (dataRow && text.trim() === "" && owner >= 0) {
        spans[owner][c]++;
        spans[r][c] = 0;
      } else {
        owner = dataRow ? r : -1;
      }
    }
  }
  return spans;
}

const isHeader = (table: TableBlock, r: number, headerRow: number): boolean => table.rows[r].join("|") === table.rows[headerRow].join("|");

const lines = (text: string): Paragraph[] => (text === "" ? [new Paragraph("")] : text.split("\n").map((line) => new Paragraph(line)));

function docxTable(table: TableBlock, caption: string | null): Table {
  const layout = findLayout(table);
  const width = Math.max(...table.rows.map((r) => r.length));
  const headerRow = layout?.headerRow ?? -1;
  const spans = layout ? mergePlan(table, headerRow, width) : null;
  const rows: TableRow[] = [];
  if (caption) rows.push(new TableRow({ children: [new TableCell({ children: lines(caption), columnSpan: width })] }));
  table.rows.forEach((row, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < width; c++) {
      const span = spans ? spans[r][c] : 1;
      if (span === 0) continue;
      cells.push(new TableCell({ children: lines(row[c] ?? ""), rowSpan: span > 1 ? span : undefined, width: { size: 100 / width, type: WidthType.PERCENTAGE } }));
    }
    rows.push(new TableRow({ children: cells, tableHeader: r === headerRow }));
  });
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

async function writeDocx(document: PlanDocument, path: string): Promise<void> {
  const children: (Paragraph | Table)[] = [];
  let lastParagraph: string | null = null;
  for (const block of document.blocks) {
    if (block.kind === "paragraph") {
      children.push(new Paragraph(block.text));
      lastParagraph = block.text;
    } else {
      const layout = findLayout(block);
      children.push(docxTable(block, layout?.kind === "task" ? lastParagraph : null));
      children.push(new Paragraph(""));
    }
  }
  writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

async function writeXlsx(document: PlanDocument, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const taskSheet = workbook.addWorksheet("任务");
  const headLines: string[] = [];
  let tasksWritten = false;
  for (const block of document.blocks) {
    if (block.kind === "paragraph") {
      if (!tasksWritten && (block.text.length <= 80 || headLines.length < 3)) headLines.push(block.text);
      continue;
    }
    const layout = findLayout(block);
    if (!layout) continue;
    const sheet = layout.kind === "task" ? taskSheet : workbook.addWorksheet(layout.kind === "indicator" ? "主要指标" : `表${workbook.worksheets.length}`);
    const width = Math.max(...block.rows.map((r) => r.length));
    if (layout.kind === "task" && !tasksWritten) {
      for (const line of headLines) {
        const row = sheet.addRow([line]);
        sheet.mergeCells(row.number, 1, row.number, width);
      }
      sheet.addRow([]);
    }
    if (layout.kind === "task") tasksWritten = true;
    const first = sheet.rowCount + 1;
    const spans = mergePlan(block, layout.headerRow, width);
    block.rows.forEach((cells) => sheet.addRow(Array.from({ length: width }, (_, c) => cells[c] ?? "")));
    spans.forEach((rowSpans, r) => rowSpans.forEach((span, c) => {
      if (span > 1) sheet.mergeCells(first + r, c + 1, first + r + span - 1, c + 1);
    }));
  }
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

mkdirSync(join(OUT, "docx"), { recursive: true });
mkdirSync(join(OUT, "xlsx"), { recursive: true });
for (const file of readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort()) {
  const document = await readPlanDocument(new Uint8Array(readFileSync(join(SEEDS, file))));
  const base = basename(file, ".txt");
  await writeDocx(document, join(OUT, "docx", `${base}.docx`));
  await writeXlsx(document, join(OUT, "xlsx", `${base}.xlsx`));
  console.log(`wrote ${base}.docx, ${base}.xlsx`);
}
