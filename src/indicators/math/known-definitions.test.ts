import { describe, expect, it } from "vitest";
import { matchKnownDefinition, normaliseIndicatorName } from "./known-definitions";

const concept = (name: string): string | null => matchKnownDefinition(name)?.concept ?? null;

describe("matchKnownDefinition", () => {
  it.each([
    ["困难残疾人生活补贴目标人群覆盖率", "living-allowance-coverage"],
    ["困难残疾人生活补贴覆盖率", "living-allowance-coverage"],
    ["贫困残疾人生活补助比例", "living-allowance-coverage"],
    ["困难残疾人生活补贴（目标人群）覆盖率", "living-allowance-coverage"],
    ["重度残疾人护理补贴目标人群覆盖率", "nursing-subsidy-coverage"],
    ["重度残疾人护理补贴覆盖率", "nursing-subsidy-coverage"],
    ["重度残疾人护理补贴比例", "nursing-subsidy-coverage"],
    ["残疾儿童少年义务教育入学率", "compulsory-education"],
    ["残疾儿童少年接受义务教育比例", "compulsory-education"],
    ["适龄残疾儿童入学率", "compulsory-education"],
    ["学龄残疾儿童少年接受义务教育比例", "compulsory-education"],
    ["残疾人城乡居民基本养老保险参保率", "pension-insurance"],
    ["残疾人基本养老保险参保率", "pension-insurance"],
    ["残疾人城乡居民基本医疗保险参保率", "medical-insurance"],
    ["残疾人基本医疗保险参保率", "medical-insurance"],
    ["困难重度残疾人家庭无障碍改造", "home-accessibility-retrofit"],
    ["重度残疾人家庭无障碍改造覆盖率 (%)", "home-accessibility-retrofit"],
    ["残疾人家庭无障碍改造数（户）", "home-accessibility-retrofit"],
    ["残疾人基本康复服务覆盖率", "rehabilitation-coverage"],
    ["基本康复服务率", "rehabilitation-coverage"],
    ["康复服务比例", "rehabilitation-coverage"],
    ["残疾人辅助器具适配率", "assistive-device-fitting"],
    ["贫困残疾人辅助器具适配服务覆盖率", "assistive-device-fitting"],
    ["残疾人家庭人均收入年均增速", "household-income-growth"],
    ["残疾人家庭人均可支配收入增长", "household-income-growth"],
  ])("knows %s", (name, expected) => {
    expect(concept(name)).toBe(expected);
  });

  it.each([
    "城区公共服务设施无障碍环境建设达标率",
    "城乡残疾人职业技能培训人数",
    "符合条件的残疾人纳入最低生活保障比例",
    "城乡居民基本养老保险参保率",
    "城镇居民人均可支配收入增长",
    "",
  ])("does not claim %s", (name) => {
    expect(matchKnownDefinition(name)).toBeNull();
  });

  it("defines the rehabilitation rate over those with a need", () => {
    const d = matchKnownDefinition("残疾人基本康复服务覆盖率");
    expect(d).toMatchObject({ kind: "rate", confidence: "confirmed" });
    expect(d?.denominator).toContain("有康复需求");
  });

  it("defines the nursing subsidy's target group as grades one and two", () => {
    expect(matchKnownDefinition("重度残疾人护理补贴覆盖率")?.denominator).toContain("一级、二级");
  });

  it("has no denominator for counts and survey figures", () => {
    expect(matchKnownDefinition("困难重度残疾人家庭无障碍改造")).toMatchObject({ kind: "count", denominator: null });
    expect(matchKnownDefinition("残疾人家庭人均收入年均增速")).toMatchObject({ kind: "survey", denominator: null });
  });
});

describe("normaliseIndicatorName", () => {
  it("drops spaces, a trailing unit and the 目标人群 qualifier", () => {
    expect(normaliseIndicatorName(" 困难残疾人生活补贴(目标人群)覆盖率（%）")).toBe("困难残疾人生活补贴覆盖率");
  });
});
