import PDFDocument from "pdfkit";
import type { EvaluationReport } from "./evaluation-model";
import { LINE_PITCH_TWIPS, mmToPoints, PAGE_MM, SIZE_PT } from "./gongwen-style";
import { resolveCjkFont } from "./pdf-font";
import { buildOutline, reportTitle, type OutlineBlock } from "./report-outline";

/** Options of the PDF renderer. */
export interface PdfOptions {
  /** A font file to embed instead of the shipped one ("file.ttc#Face" for a collection face). */
  fontPath?: string;
  /** Deflate the content streams (default true); the tests turn it off to read the font objects. */
  compress?: boolean;
}

const LINE_PITCH = LINE_PITCH_TWIPS / 20;
const INDENT = SIZE_PT.sanhao * 2;
const margins = {
  top: mmToPoints(PAGE_MM.top),
  bottom: mmToPoints(PAGE_MM.bottom),
  left: mmToPoints(PAGE_MM.left),
  right: mmToPoints(PAGE_MM.right),
};

type Doc = InstanceType<typeof PDFDocument>;

/** Spacing between lines so that 三号 text lands on the 公文 line pitch, as in the .docx. */
function lineGapFor(doc: Doc, size: number, pitch: number): number {
  doc.fontSize(size);
  return Math.max(0, pitch - doc.currentLineHeight());
}

function contentWidth(doc: Doc): number {
  return doc.page.width - margins.left - margins.right;
}

function renderBlock(doc: Doc, block: OutlineBlock): void {
  const width = contentWidth(doc);
  const x = margins.left;
  switch (block.kind) {
    case "title":
      doc.fontSize(SIZE_PT.erhao).text(block.text, x, doc.y, { width, align: "center", lineGap: lineGapFor(doc, SIZE_PT.erhao, 35) });
      return;
    case "subtitle":
      doc.moveDown(0.5);
      doc.fontSize(SIZE_PT.sanhao).text(block.text, x, doc.y, { width, align: "center", lineGap: lineGapFor(doc, SIZE_PT.sanhao, LINE_PITCH) });
      doc.moveDown(0.5);
      return;
    case "heading1":
    case "heading2":
    case "paragraph":
      // A heading that would be the last line of a page starts the next page with its text.
      if (block.kind !== "paragraph" && doc.y + LINE_PITCH * 2 > doc.page.height - margins.bottom) doc.addPage();
      doc.fontSize(SIZE_PT.sanhao).text(block.text, x, doc.y, {
        width,
        align: "justify",
        indent: INDENT,
        lineGap: lineGapFor(doc, SIZE_PT.sanhao, LINE_PITCH),
      });
      return;
    case "table": {
      const total = block.columns.reduce((s, c) => s + c.width, 0);
      doc.fontSize(SIZE_PT.xiaosi);
      doc.table({
        position: { x, y: doc.y + 4 },
        maxWidth: width,
        columnStyles: block.columns.map((c) => ({ width: (width * c.width) / total, align: { x: c.align, y: "center" } })),
        defaultStyle: { padding: [3, 4, 3, 4], border: 0.5 },
        data: [
          block.columns.map((c) => ({ text: c.header, type: "TH" as const, backgroundColor: "#e8e8e8", align: { x: "center" as const, y: "center" as const } })),
          ...block.rows,
        ],
      });
      doc.x = x;
      doc.moveDown(0.6);
      return;
    }
    case "signature":
      doc.moveDown(1);
      for (const line of block.lines)
        doc.fontSize(SIZE_PT.sanhao).text(line, x, doc.y, { width: width - INDENT * 2, align: "right", lineGap: lineGapFor(doc, SIZE_PT.sanhao, LINE_PITCH) });
      return;
  }
}

/** "— 1 —" centred about 7 mm below the type area of every page (GB/T 9704 places it there). */
function numberPages(doc: Doc): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    // Writing inside the bottom margin would otherwise make pdfkit start a new page.
    doc.page.margins.bottom = 0;
    doc.fontSize(SIZE_PT.sihao).text(`— ${i + 1} —`, margins.left, doc.page.height - bottom + mmToPoints(7), {
      width: contentWidth(doc),
      align: "center",
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** The evaluation report as a PDF on A4 with 公文 margins and a subset of a CJK font embedded. */
export async function renderEvaluationPdf(model: EvaluationReport, options: PdfOptions = {}): Promise<Uint8Array> {
  const font = resolveCjkFont(options.fontPath);
  const title = reportTitle(model);
  const doc = new PDFDocument({
    size: "A4",
    margins,
    bufferPages: true,
    compress: options.compress ?? true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: title, Author: model.evaluator.name, Subject: `${model.plan.region.name} ${model.plan.title}`, Creator: "Xiaokang" },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolveDone, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolveDone(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  doc.registerFont("cjk", font.path, font.face);
  doc.font("cjk");
  for (const block of buildOutline(model)) renderBlock(doc, block);
  numberPages(doc);
  doc.end();
  return done;
}
