import { describe, expect, it } from "vitest";
import { regionTreeFromParents, rollUp } from "./roll-up";
import type { RegionNode } from "./types";

const city: RegionNode = {
  code: "440800",
  name: "湛江市",
  children: [
    { code: "440802", name: "赤坎区" },
    { code: "440803", name: "霞山区" },
  ],
};

describe("rollUp", () => {
  it("adds numerators and denominators of two counties instead of averaging their rates", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2019, numerator: 45, denominator: 50 },
        { regionCode: "440803", year: 2019, numerator: 30, denominator: 50 },
      ],
      city,
    );
    const row = r.get("440800", 2019);
    expect(row).toMatchObject({ source: "rolled-up", numerator: 75, denominator: 100 });
    expect(row?.value).toBeCloseTo(75, 10);
    expect(row?.value).not.toBeCloseTo(82.5, 1);
    expect(row?.coverage).toEqual({ complete: true, reporting: ["440802", "440803"], missing: [] });
  });

  it("weights by denominator when the counties differ in size", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2019, numerator: 9, denominator: 10 },
        { regionCode: "440803", year: 2019, numerator: 45, denominator: 90 },
      ],
      city,
    );
    expect(r.get("440800", 2019)?.value).toBeCloseTo(54, 10);
  });

  it("reports a missing county as coverage and sums what is there", () => {
    const r = rollUp([{ regionCode: "440802", year: 2020, numerator: 45, denominator: 50 }], city);
    const row = r.get("440800", 2020);
    expect(row?.value).toBeCloseTo(90, 10);
    expect(row?.coverage).toEqual({ complete: false, reporting: ["440802"], missing: ["440803"] });
    expect(r.get("440803", 2020)).toMatchObject({ source: "none", value: null, coverage: { missing: ["440803"] } });
  });

  it("lists the largest missing subtree once, and missing towns under a partly reporting county", () => {
    const province: RegionNode = {
      code: "440000",
      children: [
        { code: "440800", children: [{ code: "440802", children: [{ code: "440802001" }, { code: "440802002" }] }, { code: "440803", children: [{ code: "440803001" }] }] },
        { code: "440100", children: [{ code: "440103" }] },
      ],
    };
    const r = rollUp([{ regionCode: "440802001", year: 2020, numerator: 1, denominator: 2 }], province);
    expect(r.get("440000", 2020)?.coverage.missing).toEqual(["440802002", "440803", "440100"]);
    expect(r.get("440000", 2020)?.coverage.reporting).toEqual(["440800"]);
    expect(r.get("440800", 2020)?.value).toBeCloseTo(50, 10);
  });

  it("adds counts", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2021, value: 120 },
        { regionCode: "440803", year: 2021, value: 80 },
      ],
      city,
      { isRate: false },
    );
    expect(r.get("440800", 2021)).toMatchObject({ value: 200, numerator: null, denominator: null });
  });

  it("keeps a region's own figure and shows the sum of its subregions beside it", () => {
    const r = rollUp(
      [
        { regionCode: "440800", year: 2019, numerator: 70, denominator: 100 },
        { regionCode: "440802", year: 2019, numerator: 45, denominator: 50 },
      ],
      city,
    );
    const row = r.get("440800", 2019);
    expect(row).toMatchObject({ source: "entered", numerator: 70, denominator: 100, coverage: { complete: true } });
    expect(row?.fromChildren).toMatchObject({ numerator: 45, denominator: 50, coverage: { missing: ["440803"] } });
  });

  it("rolls up each year on its own", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2019, numerator: 1, denominator: 4 },
        { regionCode: "440802", year: 2020, numerator: 3, denominator: 4 },
        { regionCode: "440803", year: 2020, numerator: 1, denominator: 4 },
      ],
      city,
    );
    expect(r.get("440800", 2019)?.value).toBeCloseTo(25, 10);
    expect(r.get("440800", 2020)?.value).toBeCloseTo(50, 10);
    expect(r.rows).toHaveLength(6);
  });

  it("gives no rate for 0/0 but counts the region as reporting", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2019, numerator: 0, denominator: 0 },
        { regionCode: "440803", year: 2019, numerator: 0, denominator: 0 },
      ],
      city,
    );
    expect(r.get("440800", 2019)).toMatchObject({ value: null, denominator: 0, coverage: { complete: true } });
  });

  it("ignores bad figures and says why", () => {
    const r = rollUp(
      [
        { regionCode: "440802", year: 2019, numerator: 45, denominator: 50 },
        { regionCode: "440802", year: 2019, numerator: 1, denominator: 50 },
        { regionCode: "999999", year: 2019, numerator: 1, denominator: 2 },
        { regionCode: "440803", year: 2019, numerator: 60, denominator: 50 },
        { regionCode: "440803", year: 2018, numerator: -1, denominator: 50 },
        { regionCode: "440803", year: 2017, value: 90 },
        { regionCode: "440803", year: 2016, numerator: Number.NaN, denominator: 5 },
      ],
      city,
      { isRate: true },
    );
    expect(r.ignored.map((i) => i.reason)).toEqual([
      "duplicate",
      "unknown-region",
      "numerator-exceeds-denominator",
      "negative",
      "rate-without-denominator",
      "not-a-number",
    ]);
    expect(r.get("440800", 2019)?.value).toBeCloseTo(90, 10);
  });

  it("flags a count without a value", () => {
    const r = rollUp([{ regionCode: "440802", year: 2019, numerator: 3 }], city, { isRate: false });
    expect(r.ignored[0].reason).toBe("count-without-value");
  });

  it("accepts a forest of roots", () => {
    const r = rollUp([{ regionCode: "b", year: 2020, value: 1 }], [{ code: "a" }, { code: "b" }]);
    expect(r.get("a", 2020)?.source).toBe("none");
    expect(r.get("b", 2020)?.value).toBe(1);
  });
});

describe("regionTreeFromParents", () => {
  it("nests regions under their parents", () => {
    const roots = regionTreeFromParents([
      { code: "440800", parentCode: null },
      { code: "440802", parentCode: "440800" },
      { code: "440802001", parentCode: "440802" },
      { code: "440803", parentCode: "440800" },
    ]);
    expect(roots).toHaveLength(1);
    expect(roots[0].children?.map((c) => c.code)).toEqual(["440802", "440803"]);
    expect(roots[0].children?.[0].children?.[0].code).toBe("440802001");
  });
});
