import { describe, expect, it } from "vitest";
import { FINAL_EVALUATION_FIXTURE } from "./evaluation-fixture";
import { evaluationReportSchema, summariseFindings } from "./evaluation-model";
import { buildOutline, formatChineseDate, formatFigure, reportTitle } from "./report-outline";

describe("buildOutline", () => {
  it("orders the six sections of the report", () => {
    const headings = buildOutline(FINAL_EVALUATION_FIXTURE)
      .filter((b) => b.kind === "heading1")
      .map((b) => (b.kind === "heading1" ? b.text : ""));
    expect(headings).toEqual(["一、总体情况", "二、各责任单位完成情况", "三、主要指标完成情况", "四、逾期未完成事项", "五、任务评估意见", "六、总体评估意见"]);
  });

  it("splits the overall findings into paragraphs and ends with the signature", () => {
    const blocks = buildOutline(FINAL_EVALUATION_FIXTURE);
    const last = blocks[blocks.length - 1];
    expect(last).toEqual({ kind: "signature", lines: ["山东某某第三方评估中心", "2020年12月31日"] });
    expect(blocks[blocks.length - 2]).toMatchObject({ kind: "paragraph", text: expect.stringContaining("十四五") });
  });

  it("says so when there is nothing overdue and no indicator", () => {
    const texts = buildOutline({ ...FINAL_EVALUATION_FIXTURE, overdue: [], indicators: [] }).map((b) => ("text" in b ? b.text : ""));
    expect(texts).toContain("截至评估日，无逾期未完成事项。");
    expect(texts).toContain("规划未设主要指标。");
  });

  it("titles each kind", () => {
    expect(reportTitle({ ...FINAL_EVALUATION_FIXTURE, kind: { type: "mid-term" } })).toBe("《临淄区“十三五”加快残疾人小康进程规划》中期评估报告");
    expect(reportTitle({ ...FINAL_EVALUATION_FIXTURE, plan: { ...FINAL_EVALUATION_FIXTURE.plan, title: "《X规划》" } })).toBe("《X规划》终期评估报告");
  });

  it("formats dates and figures", () => {
    expect(formatChineseDate("2020-01-05")).toBe("2020年1月5日");
    expect(formatFigure(95, "%")).toBe("95%");
    expect(formatFigure(110, "万户")).toBe("110万户");
    expect(formatFigure(98.25, "%")).toBe("98.3%");
    expect(formatFigure(null, "%")).toBe("—");
  });
});

describe("evaluation model", () => {
  it("accepts the fixture and rejects a bad date", () => {
    expect(evaluationReportSchema.safeParse(FINAL_EVALUATION_FIXTURE).success).toBe(true);
    const bad = { ...FINAL_EVALUATION_FIXTURE, evaluator: { name: "x", date: "2020/12/31" } };
    expect(evaluationReportSchema.safeParse(bad).success).toBe(false);
  });

  it("summarises findings by unit", () => {
    const split = (s: string) => s.split("、");
    const { summary, units } = summariseFindings(FINAL_EVALUATION_FIXTURE.findings, (f) => split(f.units));
    expect(summary).toEqual({ tasksTotal: 5, completed: 3, basicallyCompleted: 1, notCompleted: 1, completionRate: 0.6 });
    expect(units.find((u) => u.unit === "区残联")).toEqual({ unit: "区残联", tasks: 3, completed: 1, basicallyCompleted: 1, notCompleted: 1, completionRate: 1 / 3 });
  });
});
