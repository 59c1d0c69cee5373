import {
  ATTRIBUTE_LABELS,
  INDICATOR_STATUS_LABELS,
  kindLabel,
  RATING_LABELS,
  type EvaluationReport,
  type IndicatorRow,
  type TaskRating,
} from "./evaluation-model";

/**
 * The report's content as neutral blocks. The .docx and the .pdf both render these blocks, so
 * the two always say the same thing in the same order; only the layout differs.
 */

/** A table column: header, relative width, alignment of its cells. */
export interface OutlineColumn {
  header: string;
  width: number;
  align: "left" | "center" | "right";
}

/** One block of the report. */
export type OutlineBlock =
  | { kind: "title"; text: string }
  | { kind: "subtitle"; text: string }
  | { kind: "heading1"; text: string }
  | { kind: "heading2"; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "table"; columns: OutlineColumn[]; rows: string[][] }
  | { kind: "signature"; lines: string[] };

/** 一、二、… for level-one headings as 公文 numbers them. */
const CHINESE_ORDINALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** "80.0%" from a share. */
export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** 2020-12-31 as 2020年12月31日 (GB/T 9704-2012 writes 成文日期 in Arabic numerals). */
export function formatChineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** A figure with its unit: 95 and "%" → "95%", 110 and "万户" → "110万户". */
export function formatFigure(value: number | null, unit: string | null): string {
  if (value === null) return "—";
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit ? `${text}${unit}` : text;
}

/** The report title, e.g. 《…规划》终期评估报告. */
export function reportTitle(model: EvaluationReport): string {
  const title = model.plan.title.startsWith("《") ? model.plan.title : `《${model.plan.title}》`;
  return `${title}${kindLabel(model.kind)}报告`;
}

function indicatorCells(row: IndicatorRow): string[] {
  return [
    row.name,
    row.attribute ? ATTRIBUTE_LABELS[row.attribute] : "—",
    row.targetText,
    row.baseline ? `${formatFigure(row.baseline.value, row.unit)}（${row.baseline.year}年）` : "—",
    formatFigure(row.actual, row.unit),
    row.note ? `${INDICATOR_STATUS_LABELS[row.status]}（${row.note}）` : INDICATOR_STATUS_LABELS[row.status],
  ];
}

const paragraphs = (text: string): OutlineBlock[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, "").trim())
    .filter((p) => p.length > 0)
    .map((p) => ({ kind: "paragraph", text: p }));

/** The report as blocks, in reading order. */
export function buildOutline(model: EvaluationReport): OutlineBlock[] {
  const { plan, summary } = model;
  const label = kindLabel(model.kind);
  const headings = ["总体情况", "各责任单位完成情况", "主要指标完成情况", "逾期未完成事项", "任务评估意见", "总体评估意见"];
  const h1 = (i: number): OutlineBlock => ({ kind: "heading1", text: `${CHINESE_ORDINALS[i]}、${headings[i]}` });
  const docRef = plan.docNumber ? `（${plan.docNumber}）` : "";
  const scope = model.kind.type === "annual" ? `${model.kind.year}年度` : `规划期（${plan.period.start}—${plan.period.end}年）`;

  const blocks: OutlineBlock[] = [
    { kind: "title", text: reportTitle(model) },
    { kind: "subtitle", text: `${model.evaluator.name}\u3000${formatChineseDate(model.evaluator.date)}` },
    {
      kind: "paragraph",
      text: `根据${plan.region.name}${plan.title.startsWith("《") ? plan.title : `《${plan.title}》`}${docRef}的规定，对${scope}规划实施情况开展${label}。现将有关情况报告如下。`,
    },
    h1(0),
    {
      kind: "paragraph",
      text: `规划共确定重点任务${summary.tasksTotal}项。经评估，完成${summary.completed}项，基本完成${summary.basicallyCompleted}项，未完成${summary.notCompleted}项，完成率${formatShare(summary.completionRate)}。`,
    },
    {
      kind: "table",
      columns: [
        { header: "任务总数", width: 1, align: "center" },
        { header: "完成", width: 1, align: "center" },
        { header: "基本完成", width: 1, align: "center" },
        { header: "未完成", width: 1, align: "center" },
        { header: "完成率", width: 1, align: "center" },
      ],
      rows: [[summary.tasksTotal, summary.completed, summary.basicallyCompleted, summary.notCompleted].map(String).concat(formatShare(summary.completionRate))],
    },
    h1(1),
  ];

  blocks.push(
    model.units.length === 0
      ? { kind: "paragraph", text: "无责任单位数据。" }
      : {
          kind: "table",
          columns: [
            { header: "责任单位", width: 3, align: "left" },
            { header: "任务数", width: 1, align: "center" },
            { header: "完成", width: 1, align: "center" },
            { header: "基本完成", width: 1.2, align: "center" },
            { header: "未完成", width: 1, align: "center" },
            { header: "完成率", width: 1.2, align: "center" },
          ],
          rows: model.units.map((u) => [u.unit, String(u.tasks), String(u.completed), String(u.basicallyCompleted), String(u.notCompleted), formatShare(u.completionRate)]),
        },
  );

  blocks.push(h1(2));
  if (model.indicators.length === 0) blocks.push({ kind: "paragraph", text: "规划未设主要指标。" });
  else {
    const met = model.indicators.filter((i) => i.status === "met").length;
    const behindBinding = model.indicators.filter((i) => i.status === "behind" && i.attribute === "binding").length;
    blocks.push(
      {
        kind: "paragraph",
        text: `规划设主要指标${model.indicators.length}项，已达标${met}项${behindBinding > 0 ? `，约束性指标滞后${behindBinding}项` : ""}。`,
      },
      {
        kind: "table",
        columns: [
          { header: "指标", width: 3, align: "left" },
          { header: "属性", width: 0.9, align: "center" },
          { header: "目标值", width: 1.3, align: "center" },
          { header: "基期值", width: 1.9, align: "center" },
          { header: "实际值", width: 1, align: "center" },
          { header: "评估结果", width: 1.6, align: "center" },
        ],
        rows: model.indicators.map(indicatorCells),
      },
    );
  }

  blocks.push(h1(3));
  blocks.push(
    model.overdue.length === 0
      ? { kind: "paragraph", text: "截至评估日，无逾期未完成事项。" }
      : {
          kind: "table",
          columns: [
            { header: "序号", width: 0.8, align: "center" },
            { header: "任务", width: 4, align: "left" },
            { header: "责任单位", width: 2, align: "left" },
            { header: "节点时间", width: 1.5, align: "center" },
            { header: "逾期天数", width: 1.1, align: "center" },
          ],
          rows: model.overdue.map((o) => [o.taskNo, o.task, o.unit, o.milestoneDue, String(o.daysOverdue)]),
        },
  );

  blocks.push(h1(4));
  const groups: { rating: TaskRating; ordinal: string }[] = [
    { rating: "completed", ordinal: "一" },
    { rating: "basically-completed", ordinal: "二" },
    { rating: "not-completed", ordinal: "三" },
  ];
  for (const { rating, ordinal } of groups) {
    const rows = model.findings.filter((f) => f.rating === rating);
    blocks.push({ kind: "heading2", text: `（${ordinal}）${RATING_LABELS[rating]}的任务（${rows.length}项）` });
    if (rows.length === 0) blocks.push({ kind: "paragraph", text: "无。" });
    else
      blocks.push({
        kind: "table",
        columns: [
          { header: "序号", width: 0.8, align: "center" },
          { header: "任务", width: 3.6, align: "left" },
          { header: "责任单位", width: 1.8, align: "left" },
          { header: "评估意见", width: 3.2, align: "left" },
        ],
        rows: rows.map((f) => [f.taskNo, f.task, f.units, f.comment]),
      });
  }

  blocks.push(h1(5), ...paragraphs(model.overall));
  blocks.push({ kind: "signature", lines: [model.evaluator.name, formatChineseDate(model.evaluator.date)] });
  return blocks;
}
