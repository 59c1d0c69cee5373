import { Inflate } from "fflate";
import { PlanParseError, corruptFile, unsupportedFormat } from "./errors";

/** Limits for Office files, which are zip archives: checked before and during decompression. */
export const ZIP_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxTotalUncompressedBytes: 100 * 1024 * 1024,
  maxEntries: 5000,
} as const;

/** One entry of a zip's central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;

const tooLarge = (what: string, whatEn: string): PlanParseError =>
  new PlanParseError("ZIP_TOO_LARGE", `文件解压后过大（${what}），已拒绝读取`, `The archive is too large when unpacked (${whatEn}); refused`);

/** True for entry names that could escape an extraction folder: absolute, drive-letter or with a `..` segment. */
export function isUnsafeEntryName(name: string): boolean {
  if (name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name) || name.includes("\0")) return true;
  return name.split(/[\\/]/).some((segment) => segment === "..");
}

/**
 * Reads and checks a zip's central directory without decompressing anything:
 * file size, entry count, declared uncompressed total and entry names.
 */
export function inspectZip(bytes: Uint8Array): ZipEntry[] {
  if (bytes.length > ZIP_LIMITS.maxFileBytes) throw tooLarge("文件超过 20 MB", "file over 20 MB");
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw corruptFile("压缩结构不完整（文件可能被截断）", "zip end record missing (truncated file?)");
  const count = u16(bytes, eocd + 10);
  const dirOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || dirOffset === 0xffffffff) throw tooLarge("ZIP64 格式", "ZIP64 archive");
  if (count > ZIP_LIMITS.maxEntries) {
    throw new PlanParseError("ZIP_TOO_LARGE", `压缩包内文件过多（${count} 个，上限 ${ZIP_LIMITS.maxEntries}）`, `Too many zip entries (${count}, limit ${ZIP_LIMITS.maxEntries})`);
  }
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = dirOffset;
  const decoder = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw corruptFile("压缩目录损坏", "central directory damaged");
    const flags = u16(bytes, p + 8);
    if (flags & 1) throw unsupportedFormat("加密文件", "encrypted file");
    const nameLength = u16(bytes, p + 28);
    const entry: ZipEntry = {
      method: u16(bytes, p + 10),
      compressedSize: u32(bytes, p + 20),
      declaredSize: u32(bytes, p + 24),
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      localHeaderOffset: u32(bytes, p + 42),
    };
    if (isUnsafeEntryName(entry.name)) {
      throw new PlanParseError("ZIP_UNSAFE_ENTRY", `压缩包含有不安全的路径：${entry.name.slice(0, 80)}`, `Unsafe zip entry name: ${entry.name.slice(0, 80)}`);
    }
    total += entry.declaredSize;
    if (total > ZIP_LIMITS.maxTotalUncompressedBytes) throw tooLarge("声明的解压大小超过 100 MB", "declared unpacked size over 100 MB");
    entries.push(entry);
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - 22 - 65535);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return i;
  }
  return -1;
}

/**
 * Decompresses one entry, stopping as soon as the output passes `maxBytes`:
 * the declared size is not trusted (a zip bomb declares small sizes).
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || u32(bytes, p) !== 0x04034b50) throw corruptFile(`无法定位 ${entry.name}`, `cannot locate ${entry.name}`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw corruptFile("文件被截断", "file truncated");
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge(`${entry.name} 过大`, `${entry.name} too large`);
    return data;
  }
  if (entry.method !== 8) throw corruptFile(`不支持的压缩方式 ${entry.method}`, `unsupported compression method ${entry.method}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(`${entry.name} 解压后过大`, `${entry.name} inflates past the limit`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    const step = 64 * 1024;
    for (let o = 0; o < data.length; o += step) inflater.push(data.subarray(o, Math.min(o + step, data.length)), o + step >= data.length);
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof PlanParseError) throw error;
    throw corruptFile(`${entry.name} 解压失败`, `${entry.name} failed to inflate`, error);
  }
  if (!done) throw corruptFile(`${entry.name} 数据不完整`, `${entry.name} is incomplete`);
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Inflates every entry once, counting, so that a lying archive is refused before a library sees it. */
export function verifyZipDecompression(bytes: Uint8Array, entries: ZipEntry[]): void {
  let budget: number = ZIP_LIMITS.maxTotalUncompressedBytes;
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const data = readZipEntry(bytes, entry, budget);
    budget -= data.length;
  }
}
