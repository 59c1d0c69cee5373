import { describe, expect, it } from "vitest";
import { indicatorStatus, NO_DATA_REASONS } from "./indicator-status";
import type { Indicator } from "./types";

const period = { start: 2016, end: 2020 };

function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    name: "残疾人基本康复服务覆盖率",
    target: { op: ">=", value: 90, unit: "%" },
    attribute: "binding",
    baseline: { value: 70, year: 2015 },
    targetYear: 2020,
    isRate: true,
    ...over,
  };
}

describe("indicatorStatus", () => {
  it("is met when the target is reached", () => {
    expect(indicatorStatus(indicator(), 90, 2018, period)).toMatchObject({ status: "met", light: "green" });
  });

  it("follows the 序时进度 from baseline to target", () => {
    // 2015 70 → 2020 90: 4 points a year, 2018 expects 82.
    const s = indicatorStatus(indicator(), 82, 2018, period);
    expect(s).toMatchObject({ status: "on-track", light: "green" });
    expect(s.expected).toBeCloseTo(82, 10);
    expect(s.elapsed).toBeCloseTo(0.6, 10);
  });

  it("is red when a binding indicator is behind and yellow when an expected one is", () => {
    expect(indicatorStatus(indicator(), 81.9, 2018, period)).toMatchObject({ status: "behind", light: "red" });
    expect(indicatorStatus(indicator({ attribute: "expected" }), 81.9, 2018, period)).toMatchObject({ status: "behind", light: "yellow" });
    expect(indicatorStatus(indicator({ attribute: null }), 81.9, 2018, period).light).toBe("yellow");
  });

  it("treats > as strict and >= as inclusive", () => {
    const strict = indicator({ target: { op: ">", value: 96, unit: "%", text: ">96%" } });
    expect(indicatorStatus(strict, 96, 2020, period)).toMatchObject({ status: "behind" });
    expect(indicatorStatus(strict, 96.1, 2020, period)).toMatchObject({ status: "met" });
    expect(indicatorStatus(indicator({ target: { op: ">=", value: 96, unit: "%" } }), 96, 2020, period).status).toBe("met");
  });

  it("tolerates the binary fraction of a computed rate", () => {
    const ninety = (100 * 27) / 30; // 90.00000000000001 or 89.99999999999999 depending on the path
    expect(indicatorStatus(indicator(), ninety, 2020, period).status).toBe("met");
    expect(indicatorStatus(indicator(), 0.1 + 0.2 + 89.7, 2020, period).status).toBe("met");
  });

  it("works the other way for < and <= targets", () => {
    const down = indicator({ target: { op: "<=", value: 5, unit: "%" }, baseline: { value: 15, year: 2015 } });
    expect(indicatorStatus(down, 5, 2020, period).status).toBe("met");
    expect(indicatorStatus(down, 9, 2018, period)).toMatchObject({ status: "on-track" }); // expects 9
    expect(indicatorStatus(down, 9.5, 2018, period)).toMatchObject({ status: "behind", light: "red" });
    const strict = indicator({ target: { op: "<", value: 5, unit: "%" }, baseline: { value: 15, year: 2015 } });
    expect(indicatorStatus(strict, 5, 2020, period).status).toBe("behind");
  });

  it("reads = as reaching the value in the direction of travel", () => {
    const all = indicator({ target: { op: "=", value: 100, unit: "%" }, baseline: { value: 60, year: 2015 } });
    expect(indicatorStatus(all, 100, 2020, period).status).toBe("met");
    expect(indicatorStatus(all, 84, 2018, period).status).toBe("on-track");
    const count = indicator({ target: { op: "=", value: 110, unit: "万户" }, baseline: { value: 0, year: 2020 }, targetYear: 2025, isRate: false });
    expect(indicatorStatus(count, 128, 2025, { start: 2021, end: 2025 }).status).toBe("met");
    const down = indicator({ target: { op: "=", value: 0, unit: "户" }, baseline: { value: 50, year: 2015 } });
    expect(indicatorStatus(down, 20, 2018, period).status).toBe("on-track");
    expect(indicatorStatus(down, 0, 2019, period).status).toBe("met");
  });

  it("is behind, not on track, once the target year is reached without meeting it", () => {
    expect(indicatorStatus(indicator(), 89, 2020, period)).toMatchObject({ status: "behind", light: "red" });
    expect(indicatorStatus(indicator(), 89, 2021, period).status).toBe("behind");
  });

  it("expects the baseline before the baseline year", () => {
    const s = indicatorStatus(indicator(), 70, 2014, period);
    expect(s.expected).toBe(70);
    expect(s.status).toBe("on-track");
  });

  it("gives grey no-data for a text-only target, with a reason", () => {
    const income = indicator({
      name: "残疾人家庭人均收入年均增速",
      target: { op: "=", value: null, unit: null, text: "与国内生产总值增长基本同步" },
      attribute: "expected",
    });
    const s = indicatorStatus(income, 6.5, 2023, { start: 2021, end: 2025 });
    expect(s).toMatchObject({ status: "no-data", light: "grey", reason: "target-not-numeric" });
    expect(NO_DATA_REASONS[s.reason ?? "no-value"].zh).toContain("文字");
  });

  it("gives no-data without a value, keeping the expected figure", () => {
    const s = indicatorStatus(indicator(), null, 2018, period);
    expect(s).toMatchObject({ status: "no-data", light: "grey", reason: "no-value" });
    expect(s.expected).toBeCloseTo(82, 10);
    expect(indicatorStatus(indicator(), Number.NaN, 2018, period).reason).toBe("no-value");
  });

  it("without a baseline: met or behind at the end, no-data mid-period", () => {
    const noBase = indicator({ baseline: null });
    expect(indicatorStatus(noBase, 95, 2018, period).status).toBe("met");
    expect(indicatorStatus(noBase, 80, 2018, period)).toMatchObject({ status: "no-data", reason: "no-baseline" });
    expect(indicatorStatus(noBase, 80, 2020, period)).toMatchObject({ status: "behind", light: "red" });
  });

  it("leaves relative targets to a person", () => {
    const rel = indicator({ target: { op: ">=", value: 10, unit: "%", text: "比2021年下降10%以上", change: { direction: "decrease", baseYear: 2021 } } });
    expect(indicatorStatus(rel, 12, 2023, period).reason).toBe("relative-target");
  });

  it("falls back to the end of the period when the target year is missing", () => {
    const s = indicatorStatus(indicator({ targetYear: Number.NaN }), 82, 2018, period);
    expect(s.status).toBe("on-track");
  });

  it("grades the rolled-up city of the two-county example", () => {
    // 45/50 and 30/50 → 75%; 十三五 target 95% from 60% in 2015, checked in 2018 (expects 81%).
    const edu = indicator({ target: { op: ">=", value: 95, unit: "%" }, baseline: { value: 60, year: 2015 } });
    expect(indicatorStatus(edu, 75, 2018, period)).toMatchObject({ status: "behind", light: "red" });
    expect(indicatorStatus(edu, 82.5, 2018, period).status).toBe("on-track");
  });
});
