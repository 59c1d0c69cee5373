import { describe, expect, it } from "vitest";
import { parseSchedule } from "./schedule-parser";

const items = (raw: string, year: number | null = 2020) => parseSchedule(raw, year).items;

describe("parseSchedule", () => {
  it("reads year-month deadlines with their action", () => {
    expect(items("2017年6月底前出台具体政策措施", null)).toEqual([{ type: "deadline", due: "2017-06-30", action: "出台具体政策措施" }]);
    expect(items("2018年底前完成", null)).toEqual([{ type: "deadline", due: "2018-12-31", action: "完成" }]);
    expect(items("2018年全市残疾人危房改造全面完成", null)).toEqual([{ type: "deadline", due: "2018-12-31", action: "全市残疾人危房改造全面完成" }]);
    expect(items("2018年12月底前", null)).toEqual([{ type: "deadline", due: "2018-12-31" }]);
  });

  it("reads ongoing and external limits", () => {
    for (const raw of ["持续实施", "长期坚持", "长期推进"]) expect(items(raw, null)).toEqual([{ type: "ongoing" }]);
    expect(items("根据市统一安排")).toEqual([{ type: "external", by: "市" }]);
    expect(items("按省的要求及时制定")).toEqual([{ type: "external", by: "省", action: "及时制定" }]);
    expect(items("根据申报安排")).toEqual([{ type: "external", by: "申报" }]);
  });

  it("reads month windows, month deadlines and the whole year in the plan year", () => {
    expect(items("1-3月完成摸底，4月发卡；全年开展服务")).toEqual([
      { type: "window", start: "2020-01-01", end: "2020-03-31", action: "完成摸底" },
      { type: "deadline", due: "2020-04-30", action: "发卡" },
      { type: "window", start: "2020-01-01", end: "2020-12-31", action: "开展服务" },
    ]);
    expect(items("7-8月，完成申报审核任务；9-10月，完成扶持资金发放")).toEqual([
      { type: "window", start: "2020-07-01", end: "2020-08-31", action: "完成申报审核任务" },
      { type: "window", start: "2020-09-01", end: "2020-10-31", action: "完成扶持资金发放" },
    ]);
    expect(items("全年，集中宣传培训于4月进行")).toEqual([
      { type: "window", start: "2020-01-01", end: "2020-12-31" },
      { type: "window", start: "2020-04-01", end: "2020-04-30", action: "集中宣传培训" },
    ]);
    expect(items("4、10月分两次完成申报及发放")).toEqual([
      { type: "deadline", due: "2020-04-30", action: "完成申报及发放" },
      { type: "deadline", due: "2020-10-31", action: "完成申报及发放" },
    ]);
    expect(items("1-5月摸底，10底前完成改造")[1]).toEqual({ type: "deadline", due: "2020-10-31", action: "完成改造" });
  });

  it("reads recurring limits", () => {
    expect(items("每季度")).toEqual([{ type: "recurring", every: "quarter", start: "2020-01-01", end: "2020-12-31" }]);
    expect(items("全年，每半年发放补贴")[1]).toEqual({ type: "recurring", every: "half-year", start: "2020-01-01", end: "2020-12-31", action: "发放补贴" });
  });

  it("dates named days in the plan year, and leaves them undated without one", () => {
    expect(items("元旦、春节、助残日、残疾人日等")).toEqual([
      { type: "event", name: "元旦", date: "2020-01-01" },
      { type: "event", name: "春节", date: "2020-01-25" },
      { type: "event", name: "全国助残日", date: "2020-05-17" },
      { type: "event", name: "国际残疾人日", date: "2020-12-03" },
    ]);
    expect(items("全年，5、12月开展助残日、残疾人日活动").slice(1)).toEqual([
      { type: "event", name: "全国助残日", date: "2020-05-17", action: "开展助残日活动" },
      { type: "event", name: "国际残疾人日", date: "2020-12-03", action: "开展残疾人日活动" },
    ]);
    expect(items("全国助残日", 2021)).toEqual([{ type: "event", name: "全国助残日", date: "2021-05-16" }]);
    expect(items("春节", null)).toEqual([{ type: "event", name: "春节", date: null }]);
  });

  it("reports months without a year and text it cannot read", () => {
    expect(parseSchedule("1-4月", null)).toMatchObject({ items: [], missingYear: true });
    expect(parseSchedule("视情况而定", 2020).unread).toEqual(["视情况而定"]);
    expect(parseSchedule(null, 2020).items).toEqual([]);
  });
});
