import { describe, expect, it } from "vitest";
import { normalizeUnitName, prefixesCompatible, splitLevelPrefix } from "./unit-name";

describe("normalizeUnitName", () => {
  it("folds width, drops spaces, punctuation and a trailing 等", () => {
    expect(normalizeUnitName(" 区 卫计局 ")).toBe("区卫计局");
    expect(normalizeUnitName("各县（市、区）政府")).toBe("各县市区政府");
    expect(normalizeUnitName("残工委成员单位等")).toBe("残工委成员单位");
    expect(normalizeUnitName("区卫计局\u3000")).toBe("区卫计局");
  });
});

describe("splitLevelPrefix", () => {
  it.each([
    ["区卫计局", "区", "卫计局"],
    ["市扶贫办", "市", "扶贫办"],
    ["市市场监管局", "市", "市场监管局"],
    ["市场监督管理局", "", "市场监督管理局"],
    ["沙坪坝区卫计局", "沙坪坝区", "卫计局"],
    ["重庆市沙坪坝区卫健委", "重庆市沙坪坝区", "卫健委"],
    ["区新闻中心", "区", "新闻中心"],
    ["街道办事处", "街道", "办事处"],
    ["团市委", "", "团市委"],
    ["各镇街", "", "各镇街"],
    ["湛江日报社", "", "湛江日报社"],
  ])("%s → %s + %s", (name, prefix, body) => {
    expect(splitLevelPrefix(name)).toEqual({ prefix, body });
  });
});

describe("prefixesCompatible", () => {
  it("matches a bare level word with a place of that level", () => {
    expect(prefixesCompatible("区", "区")).toBe(true);
    expect(prefixesCompatible("区", "沙坪坝区")).toBe(true);
    expect(prefixesCompatible("沙坪坝区", "区")).toBe(true);
    expect(prefixesCompatible("区", "市")).toBe(false);
    expect(prefixesCompatible("沙坪坝区", "临淄区")).toBe(false);
    expect(prefixesCompatible("", "区")).toBe(false);
    expect(prefixesCompatible("", "")).toBe(true);
  });
});
