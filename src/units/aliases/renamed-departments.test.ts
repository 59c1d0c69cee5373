import { describe, expect, it } from "vitest";
import { RENAMED_DEPARTMENTS } from "./renamed-departments";
import { normalizeUnitName, splitLevelPrefix } from "./unit-name";

describe("RENAMED_DEPARTMENTS", () => {
  it("has no empty entries and no name both former and current in one entry", () => {
    for (const entry of RENAMED_DEPARTMENTS) {
      expect(entry.current.length).toBeGreaterThan(0);
      expect(entry.note.length).toBeGreaterThan(0);
      expect(entry.current.filter((name) => entry.former.includes(name))).toEqual([]);
      if (entry.kind === "name-variant") expect(entry.former).toEqual([]);
    }
  });

  it("keeps bodies without level prefixes, already normalised", () => {
    for (const entry of RENAMED_DEPARTMENTS) {
      for (const name of [...entry.current, ...entry.former]) {
        // 乡村振兴局 and 市场监督管理局 begin with a level character but are whole bodies.
        expect(splitLevelPrefix(name)).toEqual({ prefix: "", body: name });
        expect(splitLevelPrefix(`区${name}`)).toEqual({ prefix: "区", body: name });
        expect(normalizeUnitName(name)).toBe(name);
      }
    }
  });

  it("covers the §7.2 old names the seeds use", () => {
    const former = new Set(RENAMED_DEPARTMENTS.flatMap((entry) => entry.former));
    for (const name of ["卫计局", "卫生计生局", "卫计委", "文广新局", "国税局", "地税局", "扶贫办", "国土资源局", "城市规划局", "质监局", "市监局", "农经局", "农业局", "安监局", "环保局", "法制局", "综治办", "网络办", "信访办", "金融办", "旅游局", "文化体育局", "文化旅游和新闻出版局", "交委", "房管局", "物价局"]) {
      expect(former, name).toContain(name);
    }
  });
});
