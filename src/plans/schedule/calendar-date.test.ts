import { describe, expect, it } from "vitest";
import { dayOfWeek, daysInMonth, formatIsoDate, nthWeekdayOfMonth, parseIsoDate } from "./calendar-date";

describe("calendar-date", () => {
  it("parses and formats ISO days", () => {
    expect(parseIsoDate("2020-02-29")).toEqual({ year: 2020, month: 2, day: 29 });
    expect(formatIsoDate({ year: 2020, month: 2, day: 9 })).toBe("2020-02-09");
  });

  it("rejects days that do not exist", () => {
    expect(parseIsoDate("2019-02-29")).toBeNull();
    expect(parseIsoDate("2020-13-01")).toBeNull();
    expect(parseIsoDate("2020-6-30")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });

  it("knows month lengths, including century leap rules", () => {
    expect(daysInMonth(2020, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 9)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it("computes weekdays without Date", () => {
    expect(dayOfWeek({ year: 2020, month: 5, day: 17 })).toBe(0);
    expect(dayOfWeek({ year: 2000, month: 1, day: 1 })).toBe(6);
    expect(nthWeekdayOfMonth(2020, 5, 0, 3)).toEqual({ year: 2020, month: 5, day: 17 });
  });
});
