import { describe, expect, it } from "vitest";
import { type DirectoryUnit, resolveUnitName } from "./resolve-unit-name";

// A small directory in today's names: a 重庆-style district and a city.
const DIRECTORY: DirectoryUnit[] = [
  { id: "d-health", name: "区卫健委", aliases: [] },
  { id: "d-culture", name: "区文旅委", aliases: [] },
  { id: "d-market", name: "区市场监督管理局", aliases: [] },
  { id: "d-hrss", name: "区人力资源和社会保障局", aliases: [] },
  { id: "d-housing", name: "区住房和城乡建设委员会", aliases: [] },
  { id: "d-tax", name: "国家税务总局沙坪坝区税务局", aliases: ["区税务局"] },
  { id: "d-dpf", name: "区残疾人联合会", aliases: [] },
  { id: "d-civil", name: "区民政局", aliases: ["区民政"] },
  { id: "d-petition", name: "区信访办", aliases: [] },
  { id: "d-edu", name: "区教委", aliases: [] },
  { id: "d-politics", name: "区委政法委", aliases: [] },
  { id: "c-health", name: "市卫生健康局", aliases: [] },
  { id: "c-rural", name: "市农业农村局", aliases: ["市乡村振兴局"] },
  { id: "c-culture", name: "市文化和旅游局", aliases: [] },
  { id: "c-edu", name: "市教育和体育局", aliases: [] },
  { id: "c-natural", name: "市自然资源局", aliases: [] },
  { id: "c-justice", name: "市司法局", aliases: [] },
  { id: "c-dpf", name: "市残联", aliases: [] },
];

describe("resolveUnitName", () => {
  it("matches the exact name after normalisation", () => {
    expect(resolveUnitName("区卫健委", DIRECTORY)).toMatchObject({ status: "exact", unitId: "d-health" });
    expect(resolveUnitName(" 区 民政局、", DIRECTORY)).toMatchObject({ status: "exact", unitId: "d-civil" });
  });

  it("matches a directory alias", () => {
    const result = resolveUnitName("区税务局", DIRECTORY);
    expect(result).toMatchObject({ status: "alias", unitId: "d-tax" });
    expect(result.candidates[0].reason).toContain("区税务局");
    expect(resolveUnitName("市乡村振兴局", DIRECTORY)).toMatchObject({ status: "alias", unitId: "c-rural" });
  });

  it.each([
    ["区卫计局", "d-health"],
    ["区文广新局", "d-culture"],
    ["区文化旅游和新闻出版局", "d-culture"],
    ["区市监局", "d-market"],
    ["区质监局", "d-market"],
    ["区市场监管局", "d-market"],
    ["区人社局", "d-hrss"],
    ["区住建委", "d-housing"],
    ["区住建局", "d-housing"],
    ["区残联", "d-dpf"],
    ["区信访局", "d-petition"],
    ["区教育局", "d-edu"],
    ["市卫计局", "c-health"],
    ["市卫生计生局", "c-health"],
    ["市扶贫办", "c-rural"],
    ["市农业局", "c-rural"],
    ["市文广新局", "c-culture"],
    ["市旅游局", "c-culture"],
    ["市教体局", "c-edu"],
    ["市体育局", "c-edu"],
    ["市国土资源局", "c-natural"],
    ["市城市规划局", "c-natural"],
    ["市法制局", "c-justice"],
    ["市残疾人联合会", "c-dpf"],
  ])("%s → renamed to %s", (name, unitId) => {
    const result = resolveUnitName(name, DIRECTORY);
    expect(result.status).toBe("renamed");
    expect(result.unitId).toBe(unitId);
    expect(result.candidates[0].reason.length).toBeGreaterThan(0);
  });

  it("keeps the level: a district name never resolves to the city unit", () => {
    const result = resolveUnitName("区卫计局", DIRECTORY);
    expect(result.candidates.map((c) => c.unitId)).toEqual(["d-health"]);
    expect(resolveUnitName("区扶贫办", DIRECTORY).status).toBe("unknown");
  });

  it("prefers today's usual name when the directory holds several forms", () => {
    const directory: DirectoryUnit[] = [
      { id: "rural", name: "区农业农村局", aliases: [] },
      { id: "revival", name: "区乡村振兴局", aliases: [] },
    ];
    const result = resolveUnitName("区扶贫办", directory);
    expect(result).toMatchObject({ status: "renamed", unitId: "revival" });
    expect(result.candidates.map((c) => c.unitId)).toEqual(["revival", "rural"]);
  });

  it("accepts a place-named directory unit at the same level", () => {
    const directory: DirectoryUnit[] = [{ id: "spb-health", name: "沙坪坝区卫生健康委员会", aliases: [] }];
    expect(resolveUnitName("区卫计局", directory)).toMatchObject({ status: "renamed", unitId: "spb-health" });
  });

  it("finds a directory that still carries the former name", () => {
    const directory: DirectoryUnit[] = [{ id: "old", name: "区卫计局", aliases: [] }];
    const result = resolveUnitName("区卫健委", directory);
    expect(result).toMatchObject({ status: "renamed", unitId: "old" });
    expect(result.candidates[0].reason).toContain("former name");
  });

  it("maps the split tax bureaux to the merged one", () => {
    const directory: DirectoryUnit[] = [{ id: "tax", name: "区税务局", aliases: [] }];
    expect(resolveUnitName("区国税局", directory)).toMatchObject({ status: "renamed", unitId: "tax" });
    expect(resolveUnitName("区地税局", directory)).toMatchObject({ status: "renamed", unitId: "tax" });
  });

  it("resolves 综治办 to the 政法委 written with 区委", () => {
    const directory: DirectoryUnit[] = [{ id: "pl", name: "区政法委", aliases: ["区委政法委"] }];
    expect(resolveUnitName("区综治办", directory)).toMatchObject({ status: "renamed", unitId: "pl" });
  });

  it("gives similar units for an unknown name", () => {
    const result = resolveUnitName("区民政局社会救助科", DIRECTORY);
    expect(result.status).toBe("unknown");
    expect(result.unitId).toBeUndefined();
    expect(result.candidates[0].unitId).toBe("d-civil");
    expect(result.candidates.length).toBeLessThanOrEqual(3);
  });

  it("gives no candidates for nothing alike or an empty name", () => {
    expect(resolveUnitName("湛江日报社", DIRECTORY)).toEqual({ status: "unknown", candidates: [] });
    expect(resolveUnitName("  ", DIRECTORY)).toEqual({ status: "unknown", candidates: [] });
    expect(resolveUnitName("区卫计局", [])).toEqual({ status: "unknown", candidates: [] });
  });
});
