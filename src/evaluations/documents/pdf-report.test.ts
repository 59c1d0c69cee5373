import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FINAL_EVALUATION_FIXTURE } from "./evaluation-fixture";
import { MissingCjkFontError, resolveCjkFont } from "./pdf-font";
import { charactersOfToUnicode, pdfText } from "./pdf-text";
import { renderEvaluationPdf } from "./pdf-report";
import { reportTitle } from "./report-outline";

/** pdftotext (Debian's poppler-utils) is installed by .ci/run: in CI its absence is a failure, elsewhere a noted skip. */
const hasPdftotext = (() => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.CI === "true") throw new Error("pdftotext is missing: install Debian's poppler-utils in CI");
    console.warn("[pdf-report] pdftotext not found (apt-get install poppler-utils): its read-back test is skipped");
    return false;
  }
})();

describe("renderEvaluationPdf", async () => {
  const bytes = await renderEvaluationPdf(FINAL_EVALUATION_FIXTURE, { compress: false });
  const pdf = Buffer.from(bytes).toString("latin1");

  it("is an A4 PDF", () => {
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect(pdf).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it("embeds a subset of the CJK font with a ToUnicode map", () => {
    expect(pdf).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
    expect(pdf).toContain("/FontFile2");
    expect(pdf).toContain("/ToUnicode");
    // A subset, not the 5 MB collection.
    expect(bytes.length).toBeLessThan(400_000);
  });

  it("can give back the Chinese of the title, the headings and the summary", () => {
    const chars = charactersOfToUnicode(Buffer.from(bytes));
    const text = `${reportTitle(FINAL_EVALUATION_FIXTURE)}一、总体情况规划共确定重点任务完成率各责任单位评估意见`;
    const missing = [...text].filter((c) => !chars.has(c));
    expect(missing).toEqual([]);
  });

  it("numbers pages — n — (the dash is in the font subset)", () => {
    expect(charactersOfToUnicode(Buffer.from(bytes)).has("—")).toBe(true);
  });

  it("reads back as Chinese text in page order, also when compressed", async () => {
    const text = pdfText(Buffer.from(await renderEvaluationPdf(FINAL_EVALUATION_FIXTURE))).replace(/\s+/g, "");
    expect(text).toContain(reportTitle(FINAL_EVALUATION_FIXTURE).replace(/\s+/g, ""));
    expect(text).toContain("完成率60.0%");
    expect(text).toContain("残疾人基本康复服务覆盖率");
    expect(text).toContain("—1—");
  });

  it.skipIf(!hasPdftotext)("reads back as Chinese text with pdftotext", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xk-pdf-"));
    const file = join(dir, "report.pdf");
    writeFileSync(file, await renderEvaluationPdf(FINAL_EVALUATION_FIXTURE));
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    expect(text).toContain("终期评估报告");
    expect(text).toContain("完成率60.0%");
    expect(text).toContain("残疾人基本康复服务覆盖率");
    expect(text).toContain("—1—");
  });
});

describe("resolveCjkFont", () => {
  it("uses the font shipped in assets/fonts by default", () => {
    expect(resolveCjkFont(undefined, {})).toMatchObject({ face: "WenQuanYiMicroHei" });
    expect(resolveCjkFont(undefined, {}).path).toMatch(/assets[/\\]fonts[/\\]wqy-microhei\.ttc$/);
  });

  it("honours XIAOKANG_CJK_FONT with a face, and fails loudly when it is not there", () => {
    const shipped = resolveCjkFont(undefined, {}).path;
    expect(resolveCjkFont(undefined, { XIAOKANG_CJK_FONT: `${shipped}#WenQuanYiMicroHeiMono` })).toEqual({ path: shipped, face: "WenQuanYiMicroHeiMono" });
    expect(() => resolveCjkFont("/nowhere/font.ttf")).toThrow(MissingCjkFontError);
    expect(() => resolveCjkFont(undefined, { XIAOKANG_CJK_FONT: "/nowhere/font.ttf" })).toThrow(/apt-get install fonts-wqy-microhei/);
  });
});
