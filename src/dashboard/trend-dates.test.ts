import { describe, expect, it } from "vitest";
import { MAX_TREND_POINTS, trendDates } from "./trend-dates";

describe("trend dates", () => {
  it("lists the quarter ends from the start up to the day, then the day", () => {
    expect(trendDates("2017-01-01", "2017-11-15")).toEqual(["2017-03-31", "2017-06-30", "2017-09-30", "2017-11-15"]);
    expect(trendDates("2017-05-10", "2018-01-01")).toEqual(["2017-06-30", "2017-09-30", "2017-12-31", "2018-01-01"]);
  });

  it("does not repeat a day that is itself a quarter end", () => {
    expect(trendDates("2017-01-01", "2017-06-30")).toEqual(["2017-03-31", "2017-06-30"]);
  });

  it("gives the day alone without a start or when the start is later", () => {
    expect(trendDates(null, "2017-06-30")).toEqual(["2017-06-30"]);
    expect(trendDates("2018-01-01", "2017-06-30")).toEqual(["2017-06-30"]);
  });

  it("keeps the latest points of a long span", () => {
    const days = trendDates("1990-01-01", "2020-05-01");
    expect(days).toHaveLength(MAX_TREND_POINTS);
    expect(days.at(-2)).toBe("2020-03-31");
    expect(days.at(-1)).toBe("2020-05-01");
  });
});
