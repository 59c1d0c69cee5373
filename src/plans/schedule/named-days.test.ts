import { describe, expect, it } from "vitest";
import { namedDayDate } from "./named-days";

// reference.md §7.1, "Computed dates" table.
const TABLE_7_1: [year: number, helpDisabledDay: string, deafDay: string][] = [
  [2016, "05-15", "09-25"],
  [2017, "05-21", "09-24"],
  [2018, "05-20", "09-23"],
  [2019, "05-19", "09-22"],
  [2020, "05-17", "09-27"],
  [2021, "05-16", "09-26"],
  [2022, "05-15", "09-25"],
  [2023, "05-21", "09-24"],
  [2024, "05-19", "09-22"],
  [2025, "05-18", "09-28"],
  [2026, "05-17", "09-27"],
];

describe("namedDayDate", () => {
  it.each(TABLE_7_1)("%i: 全国助残日 %s, 国际聋人节 %s", (year, helpDisabledDay, deafDay) => {
    expect(namedDayDate("全国助残日", year)).toBe(`${year}-${helpDisabledDay}`);
    expect(namedDayDate("国际聋人节", year)).toBe(`${year}-${deafDay}`);
  });

  it("dates 春节 by the lunar calendar", () => {
    expect(namedDayDate("春节", 2020)).toBe("2020-01-25");
    expect(namedDayDate("春节", 2016)).toBe("2016-02-08");
    expect(namedDayDate("春节", 2017)).toBe("2017-01-28");
    expect(namedDayDate("春节", 2018)).toBe("2018-02-16");
    expect(namedDayDate("春节", 2019)).toBe("2019-02-05");
    expect(namedDayDate("春节", 2021)).toBe("2021-02-12");
  });

  it("dates the fixed days", () => {
    expect(namedDayDate("元旦", 2020)).toBe("2020-01-01");
    expect(namedDayDate("国际残疾人日", 2020)).toBe("2020-12-03");
    expect(namedDayDate("国际盲人节", 2019)).toBe("2019-10-15");
    expect(namedDayDate("残疾预防日", 2018)).toBe("2018-08-25");
    expect(namedDayDate("全国爱耳日", 2018)).toBe("2018-03-03");
  });

  it("dates the other days the parser recognises", () => {
    expect(namedDayDate("元宵节", 2020)).toBe("2020-02-08");
    expect(namedDayDate("端午节", 2020)).toBe("2020-06-25");
    expect(namedDayDate("中秋节", 2020)).toBe("2020-10-01");
    expect(namedDayDate("重阳节", 2020)).toBe("2020-10-25");
    expect(namedDayDate("国庆节", 2020)).toBe("2020-10-01");
    expect(namedDayDate("全国爱眼日", 2020)).toBe("2020-06-06");
    expect(namedDayDate("世界孤独症日", 2020)).toBe("2020-04-02");
    expect(namedDayDate("全国残疾预防日", 2020)).toBe("2020-08-25");
  });

  it("accepts the short forms documents use", () => {
    expect(namedDayDate("助残日", 2020)).toBe("2020-05-17");
    expect(namedDayDate("残疾人日", 2020)).toBe("2020-12-03");
    expect(namedDayDate("白手杖节", 2020)).toBe("2020-10-15");
  });

  it("returns null for unknown days and years before a day existed", () => {
    expect(namedDayDate("植树节", 2020)).toBeNull();
    expect(namedDayDate("残疾预防日", 2016)).toBeNull();
    expect(namedDayDate("全国助残日", 1990)).toBeNull();
    expect(namedDayDate("全国助残日", 2020.5)).toBeNull();
  });
});
