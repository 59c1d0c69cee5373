import { createHash } from "node:crypto";
import { AppError } from "../../errors/app-error";
import type { ErrorCode } from "../../errors/catalog";
import { PlanParseError, parsePlanDocument, type ParseResult, type PlanParseErrorCode } from "../extraction/index";

/** How each parser failure reaches the client: 413 for size, 415 for format, 422 for content. */
const ERROR_CODES: Record<PlanParseErrorCode, ErrorCode> = {
  FILE_EMPTY: "PLAN_FILE_EMPTY",
  FILE_TOO_LARGE: "PLAN_FILE_TOO_LARGE",
  ZIP_TOO_LARGE: "PLAN_FILE_TOO_LARGE",
  ZIP_TOO_MANY_ENTRIES: "PLAN_FILE_TOO_LARGE",
  FILE_UNSUPPORTED_FORMAT: "PLAN_FILE_UNSUPPORTED",
  FILE_CORRUPT: "PLAN_FILE_UNREADABLE",
  FILE_ENCODING: "PLAN_FILE_UNREADABLE",
  ZIP_UNSAFE_ENTRY: "PLAN_FILE_UNSAFE",
  PLAN_NO_TASK_TABLE: "PLAN_NO_TASK_TABLE",
};

/** Turns the parser's typed error into the system's one error type, keeping the parser's code for clients. */
export function planParseAppError(error: PlanParseError): AppError {
  return new AppError(
    ERROR_CODES[error.code],
    { reason: error.message, reasonEn: error.messageEn },
    { cause: error, details: { parserCode: error.code } },
  );
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Parses an uploaded plan document; every failure is an AppError with a Chinese message, never a 500. */
export async function parseUploadedPlan(bytes: Uint8Array, fileName: string): Promise<ParseResult> {
  try {
    return await parsePlanDocument(bytes, fileName);
  } catch (error) {
    if (error instanceof PlanParseError) throw planParseAppError(error);
    // The parser promises PlanParseError only; anything else is its bug, reported as unreadable rather than a crash.
    throw new AppError(
      "PLAN_FILE_UNREADABLE",
      { reason: "文件无法解析，请检查文件内容", reasonEn: "The file could not be parsed" },
      { cause: error, details: { parserCode: "UNEXPECTED" } },
    );
  }
}

/** The MIME type stored with the original file, from its detected container and name. */
export function planFileContentType(bytes: Uint8Array, fileName: string): string {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const lower = fileName.toLowerCase();
  if (isZip && lower.endsWith(".xlsx")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (isZip) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  return "text/plain; charset=utf-8";
}
