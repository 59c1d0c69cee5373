import type { FastifyReply } from "fastify";
import { renderEvaluationDocx, renderEvaluationPdf, renderEvaluationXlsx, reportTitle, type EvaluationReport } from "./documents/index";

export const REPORT_FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

async function render(model: EvaluationReport, format: ReportFormat): Promise<Uint8Array> {
  if (format === "docx") return renderEvaluationDocx(model);
  if (format === "pdf") return renderEvaluationPdf(model);
  return renderEvaluationXlsx(model);
}

/**
 * Content-Disposition for a generated report: a plain ASCII name built from fixed parts (never
 * from document text, so no quote, CR/LF or path can slip into the header), and the Chinese title
 * only in the RFC 5987 `filename*`, percent-encoded.
 */
export function reportDisposition(model: EvaluationReport, format: ReportFormat): string {
  const ascii = `evaluation-${model.kind.type}-${model.evaluator.date}.${format}`;
  // Control characters are percent-encoded below; path separators are dropped so no client builds a path from them.
  const title = [...reportTitle(model)].filter((c) => c >= " " && c !== "\u007f" && c !== "/" && c !== "\\").join("").slice(0, 120);
  const encoded = encodeURIComponent(`${title}.${format}`).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function sendReport(reply: FastifyReply, model: EvaluationReport, format: ReportFormat): Promise<FastifyReply> {
  const bytes = await render(model, format);
  return reply
    .header("content-type", REPORT_FORMATS[format])
    .header("content-disposition", reportDisposition(model, format))
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "no-store")
    .send(Buffer.from(bytes));
}
