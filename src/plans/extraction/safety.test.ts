import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PlanParseError, parsePlanDocument } from "./index";
import { fixture } from "./test-support";
import { ZIP_LIMITS, inspectZip, isUnsafeEntryName, readZipEntry } from "./zip-guard";

const codeOf = async (bytes: Uint8Array, name = "x.docx"): Promise<string> => {
  const error = await parsePlanDocument(bytes, name).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PlanParseError);
  return (error as PlanParseError).code;
};

const docxWith = (xml: string): Uint8Array => zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8(xml) });

/** Rewrites the declared uncompressed size of every central-directory entry, as a lying archive does. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, size, true);
  return out;
}

describe("file checks", () => {
  it("refuses empty, legacy, PDF and binary files with typed errors naming the formats", async () => {
    expect(await codeOf(new Uint8Array(0))).toBe("FILE_EMPTY");
    expect(await codeOf(strToU8("  \n\t "))).toBe("FILE_EMPTY");
    const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    const error = (await parsePlanDocument(doc, "plan.docx").catch((e: unknown) => e)) as PlanParseError;
    expect(error).toMatchObject({ code: "FILE_UNSUPPORTED_FORMAT" });
    expect(error.message).toContain(".txt、.docx、.xlsx");
    expect(error.messageEn).toContain(".docx");
    expect(await codeOf(strToU8("%PDF-1.7\n..."), "plan.txt")).toBe("FILE_UNSUPPORTED_FORMAT");
    expect(await codeOf(new Uint8Array([1, 2, 0, 3, 4, 5]), "plan.txt")).toBe("FILE_UNSUPPORTED_FORMAT");
  });

  it("reads GB18030 and UTF-8 with BOM text", async () => {
    const utf8 = fixture("layouts", "lead-partner-columns.txt");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect((await parsePlanDocument(withBom, "a.txt")).extraction.tasks).toHaveLength(3);
    // "序号" etc. in GB18030, built from the code points by hand (no encoder in the platform)
    const gbk = new Uint8Array([...strToU8("| "), 0xd0, 0xf2, 0xba, 0xc5, ...strToU8(" | "), 0xc8, 0xce, 0xce, 0xf1, ...strToU8(" | "), 0xd4, 0xf0, 0xc8, 0xce, 0xb5, 0xa5, 0xce, 0xbb, ...strToU8(" |\n| 1 | "), 0xc8, 0xce, 0xce, 0xf1, ...strToU8(" | "), 0xca, 0xd0, 0xc3, 0xf1, 0xd5, 0xfe, 0xbe, 0xd6, ...strToU8(" |\n")]);
    const { extraction } = await parsePlanDocument(gbk, "gbk.txt");
    expect(extraction.tasks[0]).toMatchObject({ no: "1", content: "任务", lead: "市民政局" });
  });

  it("refuses truncated and corrupt Office files", async () => {
    const docx = fixture("seeds", "docx", "000_3968c860e068e577.docx");
    expect(await codeOf(docx.subarray(0, docx.length / 2))).toBe("FILE_CORRUPT");
    const xlsx = fixture("seeds", "xlsx", "000_3968c860e068e577.xlsx");
    expect(await codeOf(xlsx.subarray(0, xlsx.length - 30), "a.xlsx")).toBe("FILE_CORRUPT");
    expect(await codeOf(zipSync({ "hello.txt": strToU8("hi") }))).toBe("FILE_UNSUPPORTED_FORMAT");
  });

  it("never resolves XML entities: a DOCTYPE is refused, predefined entities decode", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`;
    expect(await codeOf(docxWith(xxe))).toBe("FILE_CORRUPT");
    const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const xml = `<w:document><w:body><w:tbl><w:tr>${cell("序号")}${cell("工作任务")}${cell("责任单位")}</w:tr><w:tr>${cell("1")}${cell("A&amp;B &#x4E00;")}${cell("市残联")}</w:tr></w:tbl></w:body></w:document>`;
    const { extraction } = await parsePlanDocument(docxWith(xml), "e.docx");
    expect(extraction.tasks[0].content).toBe("A&B 一");
  });
});

describe("zip guard", () => {
  it("flags absolute and parent-directory entry names", () => {
    for (const name of ["/etc/passwd", "..\\evil", "a/../../b", "C:/x", "\\\\server\\x"]) expect(isUnsafeEntryName(name)).toBe(true);
    for (const name of ["word/document.xml", "xl/worksheets/sheet1.xml", "a..b/c"]) expect(isUnsafeEntryName(name)).toBe(false);
  });

  it("refuses unsafe names, too many entries and large declared sizes before unpacking", async () => {
    expect(await codeOf(zipSync({ "../word/document.xml": strToU8("<x/>") }))).toBe("ZIP_UNSAFE_ENTRY");
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= ZIP_LIMITS.maxEntries; i++) many[`f${i}`] = new Uint8Array(0);
    expect(await codeOf(zipSync(many, { level: 0 }))).toBe("ZIP_TOO_LARGE");
    const declared = lieAboutSizes(docxWith("<w:document/>"), 60 * 1024 * 1024);
    expect(await codeOf(declared)).toBe("ZIP_TOO_LARGE");
  });

  it("bounds actual decompression even when the declared sizes are small", () => {
    const bomb = lieAboutSizes(zipSync({ "word/document.xml": new Uint8Array(5 * 1024 * 1024) }), 100);
    const entries = inspectZip(bomb);
    expect(() => readZipEntry(bomb, entries[0], 1024 * 1024)).toThrow(expect.objectContaining({ code: "ZIP_TOO_LARGE" }) as Error);
  });
});
