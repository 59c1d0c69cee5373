import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphStyleOptions,
} from "docx";
import { withGongwenFontTable } from "./docx-font-table";
import type { EvaluationReport } from "./evaluation-model";
import { GONGWEN_FONTS, LATIN_FONT, LINE_PITCH_TWIPS, mmToTwips, PAGE_MM, PAGE_NUMBER_FONT, PAGE_TWIPS, SIZE_PT, type GongwenFont } from "./gongwen-style";
import { buildOutline, reportTitle, type OutlineBlock, type OutlineColumn } from "./report-outline";

/** Two Chinese characters of 三号 text: the first-line indent of 公文 paragraphs. */
const INDENT_TWO_CHARS = SIZE_PT.sanhao * 2 * 20;
const halfPoints = (pt: number): number => pt * 2;

/** Latin in Times New Roman, Chinese in the 公文 font (w:rFonts eastAsia), hinted as East Asian. */
const runFont = (font: GongwenFont | string) => {
  const eastAsia = typeof font === "string" ? font : font.name;
  return { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia, cs: LATIN_FONT, hint: "eastAsia" as const };
};

const exactLines = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT };

const STYLES: IParagraphStyleOptions[] = [
  {
    id: "GwTitle",
    name: "公文标题",
    basedOn: "Normal",
    next: "Normal",
    run: { font: runFont(GONGWEN_FONTS.title), size: halfPoints(SIZE_PT.erhao) },
    paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...exactLines, line: 700, after: 0 } },
  },
  {
    id: "GwSubtitle",
    name: "公文副标题",
    basedOn: "Normal",
    next: "Normal",
    run: { font: runFont(GONGWEN_FONTS.heading2), size: halfPoints(SIZE_PT.sanhao) },
    paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, spacing: { ...exactLines, before: LINE_PITCH_TWIPS, after: LINE_PITCH_TWIPS } },
  },
  {
    id: "Heading1",
    name: "heading 1",
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: runFont(GONGWEN_FONTS.heading1), size: halfPoints(SIZE_PT.sanhao), bold: false, color: "000000" },
    paragraph: { outlineLevel: 0, keepNext: true, spacing: exactLines },
  },
  {
    id: "Heading2",
    name: "heading 2",
    basedOn: "Normal",
    next: "Normal",
    quickFormat: true,
    run: { font: runFont(GONGWEN_FONTS.heading2), size: halfPoints(SIZE_PT.sanhao), bold: false, color: "000000" },
    paragraph: { outlineLevel: 1, keepNext: true, spacing: exactLines },
  },
  {
    id: "GwTableText",
    name: "公文表格",
    basedOn: "Normal",
    run: { font: runFont(GONGWEN_FONTS.body), size: halfPoints(SIZE_PT.xiaosi) },
    paragraph: { indent: { firstLine: 0 }, alignment: AlignmentType.LEFT, spacing: { line: 300, lineRule: LineRuleType.AUTO } },
  },
  {
    id: "GwTableHeader",
    name: "公文表头",
    basedOn: "GwTableText",
    run: { font: runFont(GONGWEN_FONTS.heading1), size: halfPoints(SIZE_PT.xiaosi) },
    paragraph: { alignment: AlignmentType.CENTER },
  },
  {
    id: "GwSignature",
    name: "公文落款",
    basedOn: "Normal",
    paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: INDENT_TWO_CHARS * 2 } },
  },
];

/** Content width in twips: A4 less the left and right margins. */
const CONTENT_TWIPS = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

function table(columns: OutlineColumn[], rows: string[][]): Table {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => Math.floor((CONTENT_TWIPS * c.width) / total));
  const cell = (text: string, width: number, style: string, align: OutlineColumn["align"]) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
      children: text.split("\n").map((line) => new Paragraph({ style, alignment: ALIGN[align], children: [new TextRun(line)] })),
    });
  return new Table({
    width: { size: CONTENT_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i], "GwTableHeader", "center")) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, widths[i], "GwTableText", columns[i].align)) })),
    ],
  });
}

function render(block: OutlineBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case "title":
      return [new Paragraph({ style: "GwTitle", children: [new TextRun(block.text)] })];
    case "subtitle":
      return [new Paragraph({ style: "GwSubtitle", children: [new TextRun(block.text)] })];
    case "heading1":
      return [new Paragraph({ style: "Heading1", children: [new TextRun(block.text)] })];
    case "heading2":
      return [new Paragraph({ style: "Heading2", children: [new TextRun(block.text)] })];
    case "paragraph":
      return [new Paragraph({ children: [new TextRun(block.text)] })];
    case "table":
      // An empty line after a table keeps the next heading off its bottom border.
      return [table(block.columns, block.rows), new Paragraph({ spacing: { line: 240, lineRule: LineRuleType.AUTO } })];
    case "signature":
      return [new Paragraph({ text: "" }), ...block.lines.map((line) => new Paragraph({ style: "GwSignature", children: [new TextRun(line)] }))];
  }
}

/** "XiaokangFontFallbacks": each 公文 font's fallback chain, readable by any tool that opens the file. */
function fallbackProperty(): string {
  return Object.entries(GONGWEN_FONTS)
    .map(([role, f]) => `${role}: ${f.fallbacks.join(" > ")}`)
    .join("; ");
}

/** The evaluation report as a .docx in 公文 layout (GB/T 9704). */
export async function renderEvaluationDocx(model: EvaluationReport): Promise<Uint8Array> {
  const doc = new Document({
    creator: model.evaluator.name,
    title: reportTitle(model),
    description: `${model.plan.region.name} ${model.plan.title}`,
    customProperties: [{ name: "XiaokangFontFallbacks", value: fallbackProperty() }],
    theme: {
      fonts: {
        headings: { latin: LATIN_FONT, eastAsia: GONGWEN_FONTS.heading1.name, scripts: { Hans: GONGWEN_FONTS.heading1.name } },
        body: { latin: LATIN_FONT, eastAsia: GONGWEN_FONTS.body.name, scripts: { Hans: GONGWEN_FONTS.body.name } },
      },
    },
    styles: {
      default: {
        document: {
          run: { font: runFont(GONGWEN_FONTS.body), size: halfPoints(SIZE_PT.sanhao), language: { value: "en-US", eastAsia: "zh-CN" } },
          paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_TWO_CHARS }, spacing: exactLines },
        },
      },
      paragraphStyles: STYLES,
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE_TWIPS.width, height: PAGE_TWIPS.height },
            margin: {
              top: PAGE_TWIPS.top,
              bottom: PAGE_TWIPS.bottom,
              left: PAGE_TWIPS.left,
              right: PAGE_TWIPS.right,
              // GB/T 9704: the page number sits about 7 mm below the type area.
              footer: mmToTwips(PAGE_MM.bottom - 7 - 5),
              header: mmToTwips(15),
            },
          },
          // The line pitch of 公文 templates (22 lines a page); body paragraphs keep it with exact spacing.
          // No grid type: snapping to the grid would also stretch every table row to a full body line.
          grid: { linePitch: LINE_PITCH_TWIPS },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                indent: { firstLine: 0 },
                spacing: { line: 240, lineRule: LineRuleType.AUTO },
                children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], font: runFont(PAGE_NUMBER_FONT), size: halfPoints(SIZE_PT.sihao) })],
              }),
            ],
          }),
        },
        children: buildOutline(model).flatMap(render),
      },
    ],
  });
  const buffer = await Packer.toBuffer(doc);
  return withGongwenFontTable(new Uint8Array(buffer));
}
