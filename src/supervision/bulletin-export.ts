import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { neutraliseCell } from "./formula-guard";
import { KIND_ZH, LEVEL_ZH, LIGHT_ZH } from "./light-labels";
import { LIGHTS, type LightCounts } from "./lights";

export interface BulletinInput {
  scopeName: string;
  asOf: string;
  counts: LightCounts;
  overdue: { planTitle: string; taskNo: string; taskContent: string; unitName: string; role: "lead" | "partner"; daysOverdue: number }[];
  notices: { kind: "reminder" | "supervision"; level: "yellow" | "orange" | "red"; state: "open" | "responded" | "closed"; taskNo: string; unitName: string; responseDue: string }[];
}

function cell(text: string): TableCell {
  // Word does not evaluate formulas, but the same text may be pasted into a sheet: neutralise it too.
  return new TableCell({ children: [new Paragraph(neutraliseCell(text))] });
}

function table(headers: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) }),
      ...rows.map((row) => new TableRow({ children: row.map(cell) })),
    ],
  });
}

/** The supervision bulletin (督办通报): light counts, overdue tasks and units, notices and their state. */
export async function buildBulletinDocx(input: BulletinInput): Promise<Buffer> {
  const noticeState = { open: "待回复", responded: "已回复", closed: "已办结" } as const;
  const doc = new Document({
    creator: "小康 Xiaokang",
    title: "督办通报",
    sections: [
      {
        children: [
          new Paragraph({ text: "督办通报", heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER }),
          new Paragraph({ text: neutraliseCell(`${input.scopeName}（截至 ${input.asOf}）`), alignment: AlignmentType.CENTER }),
          new Paragraph({ text: "一、任务进展总体情况", heading: HeadingLevel.HEADING_1 }),
          new Paragraph(
            `共 ${input.counts.total} 项任务：` + LIGHTS.map((light) => `${LIGHT_ZH[light]} ${input.counts[light]} 项`).join("，") + "。",
          ),
          new Paragraph({ text: "二、逾期未报送或未通过审核的任务", heading: HeadingLevel.HEADING_1 }),
          input.overdue.length === 0
            ? new Paragraph("无。")
            : table(
                ["规划", "任务", "责任单位", "逾期天数"],
                input.overdue.map((o) => [o.planTitle, `${o.taskNo} ${o.taskContent}`, `${o.unitName}（${o.role === "lead" ? "牵头" : "配合"}）`, String(o.daysOverdue)]),
              ),
          new Paragraph({ text: "三、催办与督办情况", heading: HeadingLevel.HEADING_1 }),
          input.notices.length === 0
            ? new Paragraph("无。")
            : table(
                ["类别", "等级", "任务", "责任单位", "回复期限", "状态"],
                input.notices.map((n) => [KIND_ZH[n.kind], LEVEL_ZH[n.level], n.taskNo, n.unitName, n.responseDue, noticeState[n.state]]),
              ),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
