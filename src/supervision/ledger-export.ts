import ExcelJS from "exceljs";
import { neutraliseCell } from "./formula-guard";
import { LIGHT_ZH } from "./light-labels";
import type { Light } from "./lights";

export interface LedgerRow {
  seq: number;
  content: string;
  lead: string;
  partners: string[];
  schedule: string;
  latestProgress: string;
  light: Light;
}

export const LEDGER_HEADERS = ["序号", "工作任务", "牵头单位", "配合单位", "时间进度", "最新进展", "状态"] as const;

/**
 * The task ledger (任务台账) as .xlsx. Every text cell goes through `neutraliseCell`, numbers stay
 * numeric, and nothing is ever written as a formula.
 */
export async function buildLedgerXlsx(title: string, asOf: string, rows: readonly LedgerRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "小康 Xiaokang";
  const sheet = workbook.addWorksheet("任务台账");
  sheet.addRow([neutraliseCell(`${title} 任务台账（截至 ${asOf}）`)]);
  sheet.mergeCells(1, 1, 1, LEDGER_HEADERS.length);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow([...LEDGER_HEADERS]);
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.seq,
      neutraliseCell(row.content),
      neutraliseCell(row.lead),
      neutraliseCell(row.partners.join("、")),
      neutraliseCell(row.schedule),
      neutraliseCell(row.latestProgress),
      LIGHT_ZH[row.light],
    ]);
  }
  const widths = [6, 50, 18, 30, 24, 50, 10];
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
    sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: "top" };
  });
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
