import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderEvaluationDocx } from "./docx-report";
import { FINAL_EVALUATION_FIXTURE } from "./evaluation-fixture";

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([p]) => p.endsWith(".xml")).map(([p, b]) => [p, strFromU8(b)]));
}

describe("renderEvaluationDocx", async () => {
  const parts = await partsOf(await renderEvaluationDocx(FINAL_EVALUATION_FIXTURE));
  const document = parts["word/document.xml"];
  const styles = parts["word/styles.xml"];

  it("is A4 with the 公文 margins in twips", () => {
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = /<w:pgMar [^>]*\/>/.exec(document)?.[0] ?? "";
    expect(margin).toContain('w:top="2098"');
    expect(margin).toContain('w:bottom="1984"');
    expect(margin).toContain('w:left="1588"');
    expect(margin).toContain('w:right="1474"');
    expect(document).toContain('w:linePitch="579"');
  });

  it("sets the title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号, headings in 黑体 and 楷体_GB2312", () => {
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(style("GwTitle")).toContain('w:eastAsia="方正小标宋简体"');
    expect(style("GwTitle")).toContain('<w:sz w:val="44"/>');
    expect(style("GwTitle")).toContain('<w:jc w:val="center"/>');
    expect(style("Heading1")).toContain('w:eastAsia="黑体"');
    expect(style("Heading2")).toContain('w:eastAsia="楷体_GB2312"');
    expect(style("GwTableHeader")).toContain('w:eastAsia="黑体"');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
    expect(defaults).toContain('w:eastAsia="仿宋_GB2312"');
    expect(defaults).toContain('w:ascii="Times New Roman"');
    expect(defaults).toContain('<w:sz w:val="32"/>');
    expect(defaults).toContain('w:eastAsia="zh-CN"');
  });

  it("names fallbacks in the font table, the theme and a custom property", () => {
    const fonts = parts["word/fontTable.xml"];
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="华文中宋"/>');
    expect(fonts).toContain('<w:charset w:val="86"/>');
    expect(parts["word/theme/theme1.xml"]).toContain('<a:ea typeface="仿宋_GB2312"/>');
    expect(parts["docProps/custom.xml"]).toContain("仿宋_GB2312 &gt; 仿宋 &gt; FangSong");
    expect(parts["docProps/custom.xml"]).toContain("WenQuanYi Micro Hei");
  });

  it("carries the title, the summary and the tables", () => {
    expect(document).toContain("《临淄区“十三五”加快残疾人小康进程规划》终期评估报告");
    expect(document).toContain("规划共确定重点任务5项。经评估，完成3项，基本完成1项，未完成1项，完成率60.0%。");
    expect(document).toContain("一、总体情况");
    expect(document).toContain("（三）未完成的任务（1项）");
    expect(document).toContain("<w:tblHeader/>");
    expect(document).toContain("2020年12月31日");
  });

  it("numbers pages — 1 — at the bottom centre", () => {
    const footer = Object.entries(parts).find(([p]) => /word\/footer\d+\.xml/.test(p))?.[1] ?? "";
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(footer).toMatch(/— <\/w:t>[\s\S]*PAGE[\s\S]*> —<\/w:t>/);
  });

  it("titles the annual review with its year", async () => {
    const annual = await partsOf(await renderEvaluationDocx({ ...FINAL_EVALUATION_FIXTURE, kind: { type: "annual", year: 2019 } }));
    expect(annual["word/document.xml"]).toContain("2019年度检查报告");
    expect(annual["word/document.xml"]).toContain("对2019年度规划实施情况开展2019年度检查");
  });
});
