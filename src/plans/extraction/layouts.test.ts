import { describe, expect, it } from "vitest";
import { PlanParseError, parsePlanDocument } from "./index";
import { fixture } from "./test-support";

const parse = (file: string) => parsePlanDocument(fixture("layouts", file), file);

describe("table layouts", () => {
  it("reads separate 牵头单位 / 配合单位 columns written with |", async () => {
    const { extraction } = await parse("lead-partner-columns.txt");
    expect(extraction.planYear).toBe(2021);
    expect(extraction.tasks.map((t) => [t.no, t.lead, t.partners, t.schedule.items])).toEqual([
      ["1", "县民政局", ["县财政局", "县残联"], [{ type: "deadline", due: "2021-06-30" }]],
      ["2", "县人社局", ["县残联"], [{ type: "ongoing" }]],
      ["3", "县住建局", ["县交通运输局", "县残联"], [{ type: "ongoing" }]],
    ]);
  });

  it("reads columns in another order, with Chinese ordinals in a number column that comes last", async () => {
    const { extraction } = await parse("reordered-columns.txt");
    expect(extraction.period).toEqual({ start: 2021, end: 2025 });
    expect(extraction.tasks.map((t) => [t.no, t.content, t.lead])).toEqual([
      ["1", "开展残疾儿童康复救助。", "市残联"],
      ["2", "落实重度残疾人护理补贴。", "市民政局"],
      ["4", "加强残疾预防。", "市卫健委"],
    ]);
  });

  it("reads role-marked unit cells and a trailing units note, keeping numbering that starts at 21", async () => {
    const { extraction } = await parse("role-cell.txt");
    expect(extraction.title).toBe("某区加快残疾人小康进程任务分解表");
    const [first, second] = extraction.tasks;
    expect(first).toMatchObject({ no: "21", lead: "区财政局", partners: ["区税务局", "区人社局", "区残联", "各街道"] });
    expect(second).toMatchObject({ no: "22", content: "建立残疾人动态监测机制", lead: "区残联", partners: ["区统计局"] });
    expect(second.schedule.items).toEqual([{ type: "external", by: "市" }]);
  });

  it("skips group headings and renumbers when numbering restarts per group, with warnings", async () => {
    const { extraction, warnings } = await parse("groups-restart.txt");
    expect(extraction.tasks.map((t) => t.no)).toEqual(["1", "2", "3", "4"]);
    expect(warnings.filter((w) => w.code === "TASK_NUMBER_RESTARTED")).toHaveLength(2);
    expect(warnings.some((w) => w.code === "SCHEDULE_NO_YEAR" && w.taskNo === "3")).toBe(true);
    const planned = await parsePlanDocument(fixture("layouts", "groups-restart.txt"), "g.txt", { planYear: 2021 });
    expect(planned.extraction.tasks[3].schedule.items).toEqual([{ type: "event", name: "全国助残日", date: "2021-05-16" }]);
  });

  it("reads indicator tables without an attribute column, with units, weights and relative targets", async () => {
    const { extraction } = await parse("indicators.txt");
    expect(extraction.indicators).toEqual([
      { no: "1", name: "困难残疾人生活补贴覆盖率", target: { op: ">=", value: 95, unit: "%", text: "≥95%" }, attribute: null, weight: 10 },
      { no: "2", name: "残疾人基本康复服务覆盖率", target: { op: ">=", value: 90, unit: "%", text: "达到90%" }, attribute: null, weight: 10 },
      { no: "3", name: "残疾人家庭人均可支配收入增速", target: { op: "=", value: 8, unit: "%", text: "8" }, attribute: null, weight: 5 },
      {
        no: "4",
        name: "新增残疾人致残率",
        target: { op: ">=", value: 10, unit: "%", text: "比2021年下降10%以上", change: { direction: "decrease", baseYear: 2021 } },
        attribute: null,
        weight: 5,
      },
    ]);
  });

  it("fails with PLAN_NO_TASK_TABLE and says why", async () => {
    const error = await parse("no-task-table.txt").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanParseError);
    expect(error).toMatchObject({ code: "PLAN_NO_TASK_TABLE" });
    expect((error as PlanParseError).message).toMatch(/^未找到任务分工表：/);
  });
});

describe("two-row headers", () => {
  it("reads 责任单位 split into 牵头单位 and 配合单位 on the row below", async () => {
    const text = ["| 序号 | 工作任务 | 责任单位 |  | 完成时限 |", "|  |  | 牵头单位 | 配合单位 |  |", "| 1 | 开展康复服务 | 区残联 | 卫健委、民政局 | 长期坚持 |"].join("\n");
    const { extraction } = await parsePlanDocument(new TextEncoder().encode(text), "two-row.txt");
    expect(extraction.tasks).toEqual([
      { no: "1", parent: null, content: "开展康复服务", lead: "区残联", partners: ["区卫健委", "区民政局"], schedule: { raw: "长期坚持", items: [{ type: "ongoing" }] } },
    ]);
  });
});
