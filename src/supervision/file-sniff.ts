import { unzipSync } from "fflate";

/**
 * Evidence types are decided by content (ASVS 12.2.1), never by the file name: magic bytes for
 * PDF and images, and for zips the central directory's entry names (word/ → .docx, xl/ → .xlsx).
 */
export interface SniffedType {
  contentType: string;
  extension: string;
}

const PDF: SniffedType = { contentType: "application/pdf", extension: "pdf" };
const DOCX: SniffedType = { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx" };
const XLSX: SniffedType = { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", extension: "xlsx" };

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  if (bytes.length < at + prefix.length) return false;
  return prefix.every((byte, i) => bytes[at + i] === byte);
}

export function sniffEvidenceType(bytes: Uint8Array): SniffedType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { contentType: "image/png", extension: "png" };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { contentType: "image/jpeg", extension: "jpg" };
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return { contentType: "image/gif", extension: "gif" };
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return { contentType: "image/webp", extension: "webp" };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return sniffOfficeZip(bytes);
  return null;
}

/** Lists the zip's entry names without inflating anything (the filter refuses every entry). */
function sniffOfficeZip(bytes: Uint8Array): SniffedType | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return DOCX;
  if (names.includes("xl/workbook.xml")) return XLSX;
  return null;
}

/** Keeps the original name as display metadata only: no control or bidi characters, no path, ≤ 200 chars. */
export function cleanFileName(name: string, extension: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, 200);
  return cleaned.length > 0 ? cleaned : `evidence.${extension}`;
}

/** RFC 6266 / 5987: an ASCII fallback and the exact name percent-encoded as UTF-8. */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;%]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
