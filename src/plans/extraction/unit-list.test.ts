import { describe, expect, it } from "vitest";
import { parseUnitList, splitTrailingUnits } from "./unit-list";

const context = { placeNames: new Set(["湛江"]) };
const read = (cell: string) => parseUnitList(cell, context);

describe("parseUnitList", () => {
  it("gives units without a level the level of the first unit", () => {
    expect(read("市民政局、残联、财政局")).toEqual({ lead: "市民政局", partners: ["市残联", "市财政局"] });
    expect(read("市委宣传部、市文广新局、妇联、残联、团市委")).toEqual({ lead: "市委宣传部", partners: ["市文广新局", "市妇联", "市残联", "团市委"] });
  });

  it("keeps names that carry their level or are proper names, and brackets whole", () => {
    expect(read("市委宣传部、市广播电视台、湛江日报社、市残联，各县（市、区）政府、湛江开发区管委会")).toEqual({
      lead: "市委宣传部",
      partners: ["市广播电视台", "湛江日报社", "市残联", "各县（市、区）政府", "湛江开发区管委会"],
    });
    expect(read("区残联\n残工委成员单位\n各镇街").partners).toEqual(["残工委成员单位", "各镇街"]);
  });

  it("drops a trailing 等 and reads line-separated lists", () => {
    expect(read("区委宣传部\n\n区文明办\n\n区残联等")).toEqual({ lead: "区委宣传部", partners: ["区文明办", "区残联"] });
  });

  it("reads role-marked cells", () => {
    expect(read("区财政局、区税务局牵头；区人社局、区残联配合；各街道落实")).toEqual({
      lead: "区财政局",
      partners: ["区税务局", "区人社局", "区残联", "各街道"],
    });
    expect(read("区统计局配合；区残联牵头")).toEqual({ lead: "区残联", partners: ["区统计局"] });
  });

  it("takes a trailing units note off a task text", () => {
    expect(splitTrailingUnits("建立监测机制（区残联牵头，区统计局按职责分工负责）")).toEqual({ content: "建立监测机制", units: "区残联牵头，区统计局按职责分工负责" });
    expect(splitTrailingUnits("兴办辅助性（庇护性）就业机构。")).toBeNull();
  });
});
