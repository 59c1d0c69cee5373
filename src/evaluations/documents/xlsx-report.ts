import ExcelJS from "exceljs";
import { neutraliseCellText } from "./cell-guard";
import { ATTRIBUTE_LABELS, INDICATOR_STATUS_LABELS, kindLabel, RATING_LABELS, type EvaluationReport } from "./evaluation-model";
import { formatChineseDate, reportTitle } from "./report-outline";

/** A cell value as the sheets write it: numbers stay numeric, text is guarded, null is blank. */
type Cell = string | number | null;

interface Column {
  header: string;
  width: number;
  /** Excel number format for numeric cells. */
  numFmt?: string;
}

const guard = (row: Cell[]): (string | number | null)[] => row.map((v) => (typeof v === "string" ? neutraliseCellText(v) : v));

const HEADER_FONT: Partial<ExcelJS.Font> = { name: "黑体", bold: true };
const BODY_FONT: Partial<ExcelJS.Font> = { name: "仿宋" };

function addTable(book: ExcelJS.Workbook, name: string, columns: Column[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width, style: { font: BODY_FONT, numFmt: c.numFmt, alignment: { vertical: "middle", wrapText: true } } }));
  sheet.getRow(1).font = HEADER_FONT;
  for (const row of rows) sheet.addRow(guard(row));
  return sheet;
}

/** The evaluation report as .xlsx: 摘要, 单位完成率, 指标, 逾期清单, 评估意见. */
export async function renderEvaluationXlsx(model: EvaluationReport): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = "Xiaokang";
  book.title = reportTitle(model);
  const { plan, summary } = model;

  const period = `${plan.period.start}—${plan.period.end}`;
  const summaryRows: Cell[][] = [
    ["报告", reportTitle(model)],
    ["规划", plan.title],
    ["地区", plan.region.name],
    ["地区代码", plan.region.code],
    ["规划期", period],
    ["文号", plan.docNumber ?? ""],
    ["评估类型", kindLabel(model.kind)],
    ["评估单位", model.evaluator.name],
    ["评估日期", formatChineseDate(model.evaluator.date)],
    ["任务总数", summary.tasksTotal],
    ["完成", summary.completed],
    ["基本完成", summary.basicallyCompleted],
    ["未完成", summary.notCompleted],
    ["完成率", summary.completionRate],
    ["总体评估意见", model.overall],
  ];
  const summarySheet = addTable(
    book,
    "摘要",
    [
      { header: "项目", width: 16 },
      { header: "内容", width: 60 },
    ],
    summaryRows,
  );
  // The completion rate is a share; show it as a percentage without turning it into text (row 1 is the header).
  summarySheet.getCell(`B${summaryRows.findIndex((r) => r[0] === "完成率") + 2}`).numFmt = "0.0%";

  addTable(
    book,
    "单位完成率",
    [
      { header: "责任单位", width: 28 },
      { header: "任务数", width: 10 },
      { header: "完成", width: 10 },
      { header: "基本完成", width: 10 },
      { header: "未完成", width: 10 },
      { header: "完成率", width: 10, numFmt: "0.0%" },
    ],
    model.units.map((u) => [u.unit, u.tasks, u.completed, u.basicallyCompleted, u.notCompleted, u.completionRate]),
  );

  addTable(
    book,
    "指标",
    [
      { header: "指标", width: 36 },
      { header: "属性", width: 10 },
      { header: "目标值", width: 24 },
      { header: "单位", width: 8 },
      { header: "基期值", width: 10 },
      { header: "基期年份", width: 10 },
      { header: "实际值", width: 10 },
      { header: "评估结果", width: 14 },
      { header: "说明", width: 24 },
    ],
    model.indicators.map((i) => [
      i.name,
      i.attribute ? ATTRIBUTE_LABELS[i.attribute] : "",
      i.targetText,
      i.unit ?? "",
      i.baseline?.value ?? null,
      i.baseline?.year ?? null,
      i.actual,
      INDICATOR_STATUS_LABELS[i.status],
      i.note ?? "",
    ]),
  );

  addTable(
    book,
    "逾期清单",
    [
      { header: "序号", width: 8 },
      { header: "任务", width: 48 },
      { header: "责任单位", width: 24 },
      { header: "节点时间", width: 12 },
      { header: "逾期天数", width: 10 },
    ],
    model.overdue.map((o) => [o.taskNo, o.task, o.unit, o.milestoneDue, o.daysOverdue]),
  );

  addTable(
    book,
    "评估意见",
    [
      { header: "序号", width: 8 },
      { header: "任务", width: 48 },
      { header: "责任单位", width: 24 },
      { header: "评估结论", width: 10 },
      { header: "评估意见", width: 48 },
    ],
    model.findings.map((f) => [f.taskNo, f.task, f.units, RATING_LABELS[f.rating], f.comment]),
  );

  const buffer = await book.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
