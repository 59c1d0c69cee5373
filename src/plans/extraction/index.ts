import { readDocxDocument } from "./docx-reader";
import { PlanParseError, corruptFile, unsupportedFormat } from "./errors";
import { extractPlan } from "./extract-plan";
import { detectFormat } from "./format-detect";
import { decodeText } from "./text-decode";
import { readTextDocument } from "./text-reader";
import type { ParseOptions, ParseResult, PlanDocument } from "./types";
import { readXlsxDocument } from "./xlsx-reader";
import { inspectZip, verifyZipDecompression } from "./zip-guard";

export type { Indicator, IndicatorTarget, ParseOptions, ParseResult, ParseWarning, PlanDocument, PlanExtraction, ScheduleItem, Task } from "./types";
export { PlanParseError, type PlanParseErrorCode } from "./errors";
export { parseSchedule } from "./schedule-parser";
export { parseUnitList } from "./unit-list";

/**
 * Reads a plan document (.txt, .docx or .xlsx, told apart by content) into a
 * PlanExtraction plus warnings. Fails only with PlanParseError.
 */
export async function parsePlanDocument(bytes: Uint8Array, fileName: string, options: ParseOptions = {}): Promise<ParseResult> {
  const document = await readPlanDocument(bytes);
  try {
    return extractPlan(document, fileName, options);
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    throw corruptFile("内容无法解析", "content could not be parsed", error);
  }
}

/** Picks the reader by the bytes and returns the common intermediate document. */
export async function readPlanDocument(bytes: Uint8Array): Promise<PlanDocument> {
  const format = detectFormat(bytes);
  if (format === "text") return readTextDocument(decodeText(bytes));
  const entries = inspectZip(bytes);
  const names = new Set(entries.map((e) => e.name));
  try {
    if (names.has("word/document.xml")) return readDocxDocument(bytes, entries);
    if (names.has("xl/workbook.xml")) {
      verifyZipDecompression(bytes, entries);
      return await readXlsxDocument(bytes);
    }
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    throw corruptFile("文件结构异常", "unexpected file structure", error);
  }
  if (names.has("content.xml")) throw unsupportedFormat("OpenDocument .odt/.ods", "OpenDocument .odt/.ods");
  throw unsupportedFormat("未知的压缩文件", "unknown zip-based file");
}
