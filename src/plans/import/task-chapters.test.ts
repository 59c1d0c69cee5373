import { describe, expect, it } from "vitest";
import { chaptersOf } from "./task-chapters";

describe("chaptersOf", () => {
  it("labels a group row and every row below it with the top-level group", () => {
    const rows = [
      { no: "1", parent: null, content: "康复机构服务能力建设" },
      { no: "1.1", parent: "1", content: "区残疾人康复服务中心建设" },
      { no: "1.1.1", parent: "1.1", content: "辅具适配" },
      { no: "2", parent: null, content: "精准康复服务工作" },
      { no: "2.1", parent: "2", content: "社区康复" },
    ];
    expect(chaptersOf(rows)).toEqual([
      "1 康复机构服务能力建设",
      "1 康复机构服务能力建设",
      "1 康复机构服务能力建设",
      "2 精准康复服务工作",
      "2 精准康复服务工作",
    ]);
  });

  it("gives flat tables no chapter, and shortens a sentence used as a group label", () => {
    expect(chaptersOf([{ no: "1", parent: null, content: "将符合条件的残疾人家庭纳入低保" }, { no: "2", parent: null, content: "实施补贴" }])).toEqual([null, null]);
    const long = "全面实施困难残疾人生活补贴制度和重度残疾人护理补贴制度，建立补贴标准动态调整机制并加强资金监管和绩效评价";
    const [label] = chaptersOf([{ no: "3", parent: null, content: long }, { no: "3.1", parent: "3", content: "x" }]);
    expect(label).toHaveLength(2 + 40);
    expect(label?.endsWith("…")).toBe(true);
  });

  it("stops on a cycle or a missing parent in an edited preview", () => {
    const rows = [
      { no: "1", parent: "2", content: "甲" },
      { no: "2", parent: "1", content: "乙" },
      { no: "3", parent: "9", content: "丙" },
    ];
    const chapters = chaptersOf(rows);
    expect(chapters).toHaveLength(3);
    expect(chapters[2]).toBe("3 丙");
  });
});
