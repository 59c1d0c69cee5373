/** Evaluation reports (中期评估, 终期评估, 年度检查) from one model as .docx, .pdf and .xlsx. */
export * from "./evaluation-model";
export { renderEvaluationDocx } from "./docx-report";
export { renderEvaluationPdf, type PdfOptions } from "./pdf-report";
export { renderEvaluationXlsx } from "./xlsx-report";
export { MissingCjkFontError, resolveCjkFont, type CjkFont } from "./pdf-font";
export { buildOutline, reportTitle, type OutlineBlock } from "./report-outline";
export { GONGWEN_FONTS, PAGE_TWIPS } from "./gongwen-style";
