import { describe, expect, it } from "vitest";
import { periodEnds, periodName } from "./period-ends";

describe("periodEnds", () => {
  it("gives 20 quarter ends over 2016–2020", () => {
    const ends = periodEnds("quarter", "2016-01-01", "2020-12-31");
    expect(ends).toHaveLength(20);
    expect(ends.slice(0, 4)).toEqual(["2016-03-31", "2016-06-30", "2016-09-30", "2016-12-31"]);
    expect(ends.at(-1)).toBe("2020-12-31");
  });

  it("gives month ends with leap-year Februaries", () => {
    const ends = periodEnds("month", "2020-01-01", "2020-12-31");
    expect(ends).toHaveLength(12);
    expect(ends[1]).toBe("2020-02-29");
    expect(periodEnds("month", "2019-02-01", "2019-02-28")).toEqual(["2019-02-28"]);
  });

  it("gives half-year and year ends", () => {
    expect(periodEnds("half-year", "2020-01-01", "2020-12-31")).toEqual(["2020-06-30", "2020-12-31"]);
    expect(periodEnds("year", "2016-01-01", "2020-12-31")).toEqual([
      "2016-12-31",
      "2017-12-31",
      "2018-12-31",
      "2019-12-31",
      "2020-12-31",
    ]);
  });

  it("keeps only ends inside the range, bounds included", () => {
    expect(periodEnds("quarter", "2017-04-15", "2017-09-30")).toEqual(["2017-06-30", "2017-09-30"]);
    expect(periodEnds("quarter", "2017-04-01", "2017-06-29")).toEqual([]);
  });

  it("returns nothing for an empty or invalid range", () => {
    expect(periodEnds("quarter", "2020-12-31", "2020-01-01")).toEqual([]);
    expect(periodEnds("quarter", "2020", "2020-12-31")).toEqual([]);
  });
});

describe("periodName", () => {
  it("names periods in Chinese", () => {
    expect(periodName("quarter", { year: 2017, month: 6, day: 30 })).toBe("2017年第2季度");
    expect(periodName("month", { year: 2020, month: 2, day: 29 })).toBe("2020年2月");
    expect(periodName("half-year", { year: 2020, month: 12, day: 31 })).toBe("2020年下半年");
    expect(periodName("year", { year: 2020, month: 12, day: 31 })).toBe("2020年度");
  });
});
