import { PlanParseError, unsupportedFormat } from "./errors";

/** The container a document's bytes turned out to be. */
export type DetectedFormat = "text" | "zip";

/** Largest document accepted at all, before any parsing. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: number[]): boolean =>
  signature.every((b, i) => bytes[i] === b);

/**
 * Tells the container from the bytes, never from the file name: a .doc renamed
 * to .docx must fail with the same message as the .doc itself.
 */
export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new PlanParseError("FILE_EMPTY", "文件为空，没有可读取的内容", "The file is empty");
  }
  if (bytes.length > MAX_FILE_BYTES) {
    throw new PlanParseError(
      "FILE_TOO_LARGE",
      `文件过大（超过 ${MAX_FILE_BYTES / 1024 / 1024} MB）`,
      `The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`,
    );
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "zip";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    throw unsupportedFormat("旧版 Word/Excel/WPS 文件 .doc/.xls/.wps", "legacy Word/Excel/WPS binary .doc/.xls/.wps");
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw unsupportedFormat("PDF", "PDF");
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) throw unsupportedFormat("RTF", "RTF");
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) {
    throw unsupportedFormat("图片", "image");
  }
  if (startsWith(bytes, [0x1f, 0x8b]) || startsWith(bytes, [0x52, 0x61, 0x72, 0x21]) || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    throw unsupportedFormat("压缩包", "archive");
  }
  if (looksBinary(bytes)) throw unsupportedFormat("二进制文件", "binary data");
  return "text";
}

function isBlank(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 4096);
  if (bytes.length > limit) return false;
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    // whitespace and a UTF-8 BOM count as nothing
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf) return false;
  }
  return true;
}

/** Text files have no NUL bytes and few control characters (UTF-16 is rejected here too, by its NULs, unless it has a BOM). */
function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  const limit = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control > limit * 0.05;
}
