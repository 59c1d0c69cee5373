import { describe, expect, it } from "vitest";
import { suggestCanonicalName } from "./suggest-canonical-name";

const names = (name: string) => suggestCanonicalName(name).map((suggestion) => suggestion.name);

describe("suggestCanonicalName", () => {
  it("gives today's names with the level prefix kept", () => {
    expect(names("区卫计局")).toEqual(expect.arrayContaining(["区卫生健康局", "区卫健委"]));
    expect(names("区卫计局")[0]).toBe("区卫生健康局");
    expect(names("市扶贫办")).toEqual(["市乡村振兴局", "市农业农村局"]);
    expect(names("区文广新局")).toContain("区文化和旅游局");
    expect(names("区市监局")).toContain("区市场监督管理局");
    expect(names("区国税局")).toEqual(["区税务局"]);
    expect(names("沙坪坝区安监局")).toEqual(["沙坪坝区应急管理局", "沙坪坝区应急局"]);
  });

  it("says what changed", () => {
    const [first] = suggestCanonicalName("区环保局");
    expect(first).toMatchObject({ name: "区生态环境局", kind: "renamed" });
    expect(first.note).toMatch(/2018/);
  });

  it("lists both sides of a split body", () => {
    expect(names("区物价局")).toEqual(expect.arrayContaining(["区发展和改革局", "区市场监督管理局"]));
  });

  it("suggests nothing for a current name or an unknown one", () => {
    expect(names("区卫健委")).toEqual([]);
    expect(names("市教体局")).toEqual([]);
    expect(names("区人社局")).toEqual([]);
    expect(names("湛江日报社")).toEqual([]);
  });

  it("does not propose changes only some places made", () => {
    expect(names("区体育局")).toEqual([]);
    expect(names("区房管局")).toEqual([]);
  });
});
