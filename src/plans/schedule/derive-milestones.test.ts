import { describe, expect, it } from "vitest";
import { deriveMilestones, NO_SOURCE_ITEM } from "./derive-milestones";

const THIRTEENTH_FIVE_YEAR = { periodStart: "2016-01-01", periodEnd: "2020-12-31" };
const YEAR_2020 = { periodStart: "2020-01-01", periodEnd: "2020-12-31" };

describe("deriveMilestones", () => {
  it("turns a deadline into one milestone on its due day", () => {
    expect(deriveMilestones([{ type: "deadline", due: "2017-06-30", action: "出台具体政策措施" }], THIRTEENTH_FIVE_YEAR)).toEqual([
      { due: "2017-06-30", kind: "deadline", label: "截止：出台具体政策措施", sourceIndex: 0 },
    ]);
  });

  it("ends a window on its last day", () => {
    const [milestone] = deriveMilestones(
      [{ type: "window", start: "2020-01-01", end: "2020-04-30", action: "自查摸底" }],
      YEAR_2020,
    );
    expect(milestone).toMatchObject({ due: "2020-04-30", kind: "window-end", sourceIndex: 0 });
    expect(milestone.label).toContain("自查摸底");
  });

  it("gives a recurring item every period end in its own range", () => {
    const milestones = deriveMilestones(
      [{ type: "recurring", every: "half-year", start: "2020-01-01", end: "2020-12-31", action: "发放补贴" }],
      THIRTEENTH_FIVE_YEAR,
    );
    expect(milestones).toEqual([
      { due: "2020-06-30", kind: "period", label: "2020年上半年：发放补贴", sourceIndex: 0 },
      { due: "2020-12-31", kind: "period", label: "2020年下半年：发放补贴", sourceIndex: 0 },
    ]);
  });

  it("falls back to the plan period for a recurring item without a range", () => {
    const milestones = deriveMilestones([{ type: "recurring", every: "quarter" }], THIRTEENTH_FIVE_YEAR);
    expect(milestones).toHaveLength(20);
    expect(milestones[5]).toEqual({ due: "2017-06-30", kind: "period", label: "2017年第2季度报告", sourceIndex: 0 });
  });

  it("gives ongoing items the reporting cycle, quarterly by default", () => {
    const quarterly = deriveMilestones([{ type: "ongoing" }], THIRTEENTH_FIVE_YEAR);
    expect(quarterly).toHaveLength(20);
    expect(quarterly.every((m) => m.kind === "cycle" && m.sourceIndex === 0)).toBe(true);
    expect(quarterly[5].label).toBe("2017年第2季度报告");

    const yearly = deriveMilestones([{ type: "ongoing" }], { ...THIRTEENTH_FIVE_YEAR, reportingCycle: "year" });
    expect(yearly.map((m) => m.label)).toEqual(["2016年度报告", "2017年度报告", "2018年度报告", "2019年度报告", "2020年度报告"]);
  });

  it("gives a task without items the reporting cycle with no source item", () => {
    const milestones = deriveMilestones([], { ...YEAR_2020, reportingCycle: "month" });
    expect(milestones).toHaveLength(12);
    expect(milestones[0]).toEqual({ due: "2020-01-31", kind: "cycle", label: "2020年1月报告", sourceIndex: NO_SOURCE_ITEM });
  });

  it("uses an event's own date", () => {
    expect(
      deriveMilestones([{ type: "event", name: "全国助残日", date: "2020-05-17", action: "开展助残日活动" }], YEAR_2020),
    ).toEqual([{ due: "2020-05-17", kind: "event", label: "全国助残日：开展助残日活动", sourceIndex: 0 }]);
  });

  it("repeats an undated known event once a year of the plan period", () => {
    const milestones = deriveMilestones([{ type: "event", name: "全国助残日", date: null }], THIRTEENTH_FIVE_YEAR);
    expect(milestones.map((m) => m.due)).toEqual(["2016-05-15", "2017-05-21", "2018-05-20", "2019-05-19", "2020-05-17"]);
    expect(milestones[4].label).toBe("2020年全国助残日");

    const spring = deriveMilestones([{ type: "event", name: "春节", date: null }], THIRTEENTH_FIVE_YEAR);
    expect(spring.map((m) => m.due)).toEqual(["2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25"]);
  });

  it("skips event years outside the period or before the day existed", () => {
    const prevention = deriveMilestones([{ type: "event", name: "残疾预防日", date: null }], THIRTEENTH_FIVE_YEAR);
    expect(prevention.map((m) => m.due)).toEqual(["2017-08-25", "2018-08-25", "2019-08-25", "2020-08-25"]);
    const midYear = deriveMilestones([{ type: "event", name: "全国助残日", date: null }], {
      periodStart: "2017-07-01",
      periodEnd: "2018-06-30",
    });
    expect(midYear.map((m) => m.due)).toEqual(["2018-05-20"]);
  });

  it("gives nothing for unknown undated events and external items", () => {
    expect(deriveMilestones([{ type: "event", name: "开学季", date: null }], YEAR_2020)).toEqual([]);
    expect(deriveMilestones([{ type: "external", by: "市" }], YEAR_2020)).toEqual([]);
  });

  it("ignores items whose dates are not calendar days", () => {
    expect(deriveMilestones([{ type: "deadline", due: "2019-02-29" }], THIRTEENTH_FIVE_YEAR)).toEqual([]);
    expect(deriveMilestones([{ type: "window", start: "2020-01-01", end: "2020-4-30" }], YEAR_2020)).toEqual([]);
    expect(deriveMilestones([{ type: "event", name: "元旦", date: "" }], YEAR_2020)).toEqual([]);
  });

  it("sorts by due and keeps the first item for a repeated (due, kind)", () => {
    const milestones = deriveMilestones(
      [
        { type: "window", start: "2020-05-01", end: "2020-09-30", action: "建设" },
        { type: "deadline", due: "2020-04-30", action: "发卡" },
        { type: "window", start: "2020-01-01", end: "2020-04-30", action: "摸底" },
        { type: "window", start: "2020-06-01", end: "2020-09-30", action: "验配" },
      ],
      YEAR_2020,
    );
    expect(milestones.map((m) => [m.due, m.kind, m.sourceIndex])).toEqual([
      ["2020-04-30", "deadline", 1],
      ["2020-04-30", "window-end", 2],
      ["2020-09-30", "window-end", 0],
    ]);
  });

  it("keeps a deadline and a reporting-cycle milestone on the same day apart", () => {
    const milestones = deriveMilestones(
      [{ type: "ongoing" }, { type: "deadline", due: "2020-06-30" }],
      { ...YEAR_2020, reportingCycle: "half-year" },
    );
    expect(milestones.map((m) => [m.due, m.kind])).toEqual([
      ["2020-06-30", "cycle"],
      ["2020-06-30", "deadline"],
      ["2020-12-31", "cycle"],
    ]);
  });
});
