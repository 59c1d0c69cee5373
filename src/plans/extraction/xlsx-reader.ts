import ExcelJS from "exceljs";
import { corruptFile } from "./errors";
import type { PlanDocument, TableBlock } from "./types";

/** Largest sheet area read; a plan table is never near this, a hostile file might be. */
const MAX_CELLS_PER_SHEET = 200_000;

/**
 * Reads every worksheet of an .xlsx as one table. Merged cells: the part of a
 * vertical merge below its top cell repeats the top cell's text (it "inherits
 * the cell above"); the parts of a horizontal merge right of it are empty.
 */
export async function readXlsxDocument(bytes: Uint8Array): Promise<PlanDocument> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw corruptFile("电子表格无法读取", "the spreadsheet cannot be read", error);
  }
  const blocks: PlanDocument["blocks"] = [];
  for (const sheet of workbook.worksheets) {
    const table = readSheet(sheet);
    if (table.rows.length > 0) blocks.push(table);
  }
  return { blocks };
}

function readSheet(sheet: ExcelJS.Worksheet): TableBlock {
  const rows: string[][] = [];
  const rowCount = sheet.rowCount;
  const columnCount = Math.min(sheet.columnCount, 64);
  if (rowCount * columnCount > MAX_CELLS_PER_SHEET) throw corruptFile(`工作表“${sheet.name}”过大`, `sheet "${sheet.name}" is too large`);
  for (let r = 1; r <= rowCount; r++) {
    const row: string[] = [];
    for (let c = 1; c <= columnCount; c++) {
      const cell = sheet.getCell(r, c);
      if (cell.isMerged && cell.master.address !== cell.address) {
        row.push(Number(cell.master.col) === c ? cellText(cell.master) : "");
      } else {
        row.push(cellText(cell));
      }
    }
    while (row.length > 0 && row[row.length - 1] === "") row.pop();
    if (row.length > 0) rows.push(row);
  }
  return { kind: "table", rows, name: sheet.name };
}

function cellText(cell: ExcelJS.Cell): string {
  try {
    return (cell.text ?? "").replace(/\r\n?/g, "\n").trim();
  } catch {
    return "";
  }
}
