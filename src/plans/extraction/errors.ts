/** Stable codes of every failure the plan parser reports. */
export type PlanParseErrorCode =
  | "FILE_EMPTY"
  | "FILE_TOO_LARGE"
  | "FILE_UNSUPPORTED_FORMAT"
  | "FILE_CORRUPT"
  | "FILE_ENCODING"
  | "ZIP_TOO_LARGE"
  | "ZIP_TOO_MANY_ENTRIES"
  | "ZIP_UNSAFE_ENTRY"
  | "PLAN_NO_TASK_TABLE";

/**
 * The one error type of the plan parser: a stable `code`, a Chinese `message`
 * for the user and an English `messageEn` for logs. Anything else escaping
 * the parser is a bug.
 */
export class PlanParseError extends Error {
  readonly code: PlanParseErrorCode;
  readonly messageEn: string;

  constructor(code: PlanParseErrorCode, message: string, messageEn: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PlanParseError";
    this.code = code;
    this.messageEn = messageEn;
  }
}

/** The accepted formats, named in every "unsupported" message. */
export const ACCEPTED_FORMATS_ZH = ".txt、.docx、.xlsx";

/** Builds the error for a format we do not read (.doc, .wps, .pdf, images …). */
export function unsupportedFormat(what: string, whatEn: string): PlanParseError {
  return new PlanParseError(
    "FILE_UNSUPPORTED_FORMAT",
    `不支持的文件格式（${what}），请上传 ${ACCEPTED_FORMATS_ZH} 格式的文件`,
    `Unsupported file format (${whatEn}); accepted formats are .txt, .docx and .xlsx`,
  );
}

/** Builds the error for a file that is damaged or not what it claims to be. */
export function corruptFile(reason: string, reasonEn: string, cause?: unknown): PlanParseError {
  return new PlanParseError("FILE_CORRUPT", `文件已损坏或无法读取：${reason}`, `The file is damaged or unreadable: ${reasonEn}`, { cause });
}
