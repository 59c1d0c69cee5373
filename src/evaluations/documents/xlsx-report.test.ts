import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { neutraliseCellText } from "./cell-guard";
import { FINAL_EVALUATION_FIXTURE } from "./evaluation-fixture";
import { renderEvaluationXlsx } from "./xlsx-report";

describe("renderEvaluationXlsx", async () => {
  const bytes = await renderEvaluationXlsx(FINAL_EVALUATION_FIXTURE);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = (name: string): ExcelJS.Worksheet => {
    const s = book.getWorksheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };

  it("has the five sheets in order", () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(["摘要", "单位完成率", "指标", "逾期清单", "评估意见"]);
  });

  it("writes the summary with numeric cells", () => {
    const s = sheet("摘要");
    const byLabel = new Map<string, ExcelJS.CellValue>();
    s.eachRow((row) => byLabel.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(byLabel.get("报告")).toBe("《临淄区“十三五”加快残疾人小康进程规划》终期评估报告");
    expect(byLabel.get("任务总数")).toBe(5);
    expect(byLabel.get("完成率")).toBe(0.6);
    expect(byLabel.get("评估类型")).toBe("终期评估");
  });

  it("keeps rates and counts numeric in the unit and indicator sheets", () => {
    const units = sheet("单位完成率");
    expect(units.getRow(1).getCell(1).value).toBe("责任单位");
    expect(units.getRow(3).getCell(6).value).toBeCloseTo(1 / 3, 10);
    expect(units.getRow(3).getCell(6).numFmt).toBe("0.0%");
    const indicators = sheet("指标");
    expect(indicators.getRow(2).getCell(7).value).toBe(98.2);
    expect(indicators.getRow(4).getCell(5).value).toBeNull();
    expect(indicators.getRow(4).getCell(8).value).toBe("无法判断");
    expect(sheet("逾期清单").getRow(2).getCell(5).value).toBe(184);
  });

  it("neutralises text that would start a formula", () => {
    expect(sheet("单位完成率").getRow(4).getCell(1).value).toBe("'-区卫生健康局");
    expect(sheet("逾期清单").getRow(3).getCell(2).value).toBe("'+开展无障碍环境建设专项检查");
    expect(sheet("逾期清单").getRow(3).getCell(3).value).toBe("'@区住建局");
    expect(String(sheet("评估意见").getRow(4).getCell(5).value).startsWith("'=HYPERLINK(")).toBe(true);
  });

  it("contains no formula element anywhere", () => {
    const files = unzipSync(bytes);
    const sheets = Object.keys(files).filter((p) => p.startsWith("xl/worksheets/") && p.endsWith(".xml"));
    expect(sheets).toHaveLength(5);
    for (const p of sheets) expect(strFromU8(files[p])).not.toMatch(/<f[\s>]/);
  });
});

describe("neutraliseCellText", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 123", "'+86 123"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["\nx", "'\nx"],
    ["区残联", "区残联"],
    ["", ""],
    ["a=b", "a=b"],
  ])("%j → %j", (input, output) => {
    expect(neutraliseCellText(input)).toBe(output);
  });
});
