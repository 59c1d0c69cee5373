/**
 * Decodes a plain-text document: UTF-8 (with or without BOM), UTF-16 with BOM,
 * and otherwise GB18030, which is what Chinese Windows saves as "ANSI".
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8: GBK/GB18030 is the only other encoding Chinese offices produce in practice.
    return new TextDecoder("gb18030").decode(bytes);
  }
}
