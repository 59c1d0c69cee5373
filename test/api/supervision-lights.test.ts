import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { addDays } from "../../src/supervision/dates";
import { refreshPlanLights } from "../../src/supervision/light-facts";
import { lightAsOf, type MilestoneStatus } from "../../src/supervision/lights";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

const REGION = "440804";
let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let units: string[];

const QUARTERS = ["2018-03-31", "2018-06-30", "2018-09-30", "2018-12-31"];

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2018-05-01T02:00:00Z");
  units = [];
  for (const name of ["区民政局", "区财政局", "区卫健局", "区人社局"]) units.push((await server.createUnit({ regionCode: REGION, name })).id);
  plan = await insertPlan(server, {
    regionCode: REGION,
    warningDays: 20,
    tasks: [
      { units: [units[0], units[1]], dues: QUARTERS, chapter: "康复" },
      { units: [units[1], units[2]], dues: QUARTERS, chapter: "教育" },
      { units: [units[2]], dues: ["2018-10-15"], chapter: "康复" },
      { units: [units[3], units[0]], dues: ["2018-04-30", "2018-12-31"], chapter: "就业" },
      { units: [units[3]], dues: [], chapter: "就业" },
    ],
  });
  // Acceptances on various days (some late, one early, one final) written straight into the reports.
  const accept = async (taskIndex: number, unitIndex: number, due: string, acceptedOn: string) => {
    await server.ctx.db.execute(sql`UPDATE reports SET state = 'accepted', accepted_on = ${acceptedOn}
      WHERE task_id = ${plan.tasks[taskIndex].taskId} AND unit_id = ${units[unitIndex]} AND due = ${due}`);
  };
  await accept(0, 0, "2018-03-31", "2018-04-12");
  await accept(0, 0, "2018-06-30", "2018-06-20");
  await accept(0, 1, "2018-03-31", "2018-03-28");
  await accept(1, 1, "2018-03-31", "2018-05-20");
  await accept(3, 3, "2018-04-30", "2018-04-30");
  await accept(3, 3, "2018-12-31", "2018-11-01");
  await server.ctx.db.transaction((tx) => refreshPlanLights(tx, REGION, plan.planId));
  office = await actor(server, ["office"], "440800");
});
afterAll(async () => server?.close());

async function expectedLights(asOf: string) {
  const rows = (await server.ctx.db.execute(sql`SELECT task_id AS "taskId", unit_id AS "unitId", role, due::text AS due, accepted_on::text AS "acceptedOn", is_final AS "isFinal"
    FROM reports WHERE plan_id = ${plan.planId}`)) as unknown as { rows: { taskId: string; unitId: string; role: string; due: string; acceptedOn: string | null; isFinal: number }[] };
  const groups = new Map<string, MilestoneStatus[]>();
  for (const row of rows.rows) {
    const key = `${row.taskId}/${row.unitId}`;
    groups.set(key, [...(groups.get(key) ?? []), { due: row.due, acceptedOn: row.acceptedOn, isFinal: row.isFinal === 1 }]);
  }
  return new Map([...groups].map(([key, list]) => [key, lightAsOf(list, asOf, 20)]));
}

describe("lights", () => {
  it("the SQL light facts give the pure rule's light for every unit on every task, on 80 days", async () => {
    for (let day = 0; day < 400; day += 5) {
      const asOf = addDays("2018-01-01", day);
      const response = await call(server, office, "GET", `/api/plans/${plan.planId}/lights?asOf=${asOf}`);
      expect(response.statusCode, response.body).toBe(200);
      const expected = await expectedLights(asOf);
      for (const task of response.json().tasks as { taskId: string; light: string; units: { unitId: string; role: string; light: string }[] }[]) {
        for (const unit of task.units) expect(unit.light, `${asOf} ${task.taskId} ${unit.unitId}`).toBe(expected.get(`${task.taskId}/${unit.unitId}`));
        expect(task.light).toBe(task.units.find((u) => u.role === "lead")?.light);
      }
    }
  });

  it("rolls the overview up to the region tree and defaults asOf to the clock's day", async () => {
    const response = await call(server, office, "GET", "/api/supervision/overview");
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.asOf).toBe("2018-05-01");
    expect(body.counts.total).toBe(4);
    expect(body.children).toEqual([expect.objectContaining({ regionCode: REGION, counts: body.counts })]);
    expect(body.plans[0].planId).toBe(plan.planId);
    const country = await actor(server, ["leader"], "000000");
    const national = (await call(server, country, "GET", "/api/supervision/overview?asOf=2018-05-01")).json();
    expect(national.children.find((c: { regionCode: string }) => c.regionCode === "440000").counts).toEqual(body.counts);
    const elsewhere = await actor(server, ["office"], "230881");
    expect((await call(server, elsewhere, "GET", "/api/supervision/overview?asOf=2018-05-01")).json().counts.total).toBe(0);
    expect((await call(server, elsewhere, "GET", `/api/plans/${plan.planId}/lights`)).statusCode).toBe(404);
    expect((await call(server, office, "GET", "/api/supervision/overview?asOf=2018-02-30")).statusCode).toBe(400);
  });

  it("lists overdue units oldest first with the ladder's suggestion, filterable by chapter and unit", async () => {
    const response = await call(server, office, "GET", "/api/supervision/overdue?asOf=2018-05-10");
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { taskId: string; unitId: string; overdueSince: string; daysOverdue: number; suggested: { level: string } }[];
    // Task 2: 31 March unaccepted by 10 May for both units (its lead was accepted on 20 May);
    // task 4: the partner never reported for 30 April. Task 1 was accepted on 12 April (lead) and 28 March (partner).
    expect(items.map((i) => `${i.taskId}/${i.unitId}`).sort()).toEqual(
      [`${plan.tasks[1].taskId}/${units[1]}`, `${plan.tasks[1].taskId}/${units[2]}`, `${plan.tasks[3].taskId}/${units[0]}`].sort(),
    );
    expect(items[2]).toMatchObject({ overdueSince: "2018-05-01", daysOverdue: 10, suggested: { level: "yellow" } });
    expect(items[0]).toMatchObject({ overdueSince: "2018-04-01", daysOverdue: 40, suggested: { level: "red" } });
    const byChapter = await call(server, office, "GET", "/api/supervision/overdue?asOf=2018-05-10&chapter=" + encodeURIComponent("康复"));
    expect(byChapter.json().total).toBe(0);
    const byUnit = await call(server, office, "GET", `/api/supervision/overdue?asOf=2018-05-10&unitId=${units[2]}`);
    expect(byUnit.json().total).toBe(1);
    expect((await call(server, office, "GET", "/api/supervision/overdue?asOf=2018-05-10&chapter=" + encodeURIComponent("就业"))).json().total).toBe(1);
    const soon = await call(server, office, "GET", "/api/supervision/due-soon?asOf=2018-06-15");
    expect(soon.statusCode, soon.body).toBe(200);
    // 30 June within 20 days: every unit of tasks 1 and 2 except the lead of task 1 (accepted early, 20 June > 15 June: still open).
    expect(soon.json().total).toBe(4);
    expect(soon.json().items[0]).toMatchObject({ due: "2018-06-30", daysLeft: 15 });
  });

  it("draws the timeline by task and by unit, coloured by light", async () => {
    const byTask = (await call(server, office, "GET", `/api/plans/${plan.planId}/timeline?asOf=2018-05-10&by=task`)).json();
    expect(byTask.rows).toHaveLength(4);
    expect(byTask.rows[0].milestones.map((m: { light: string }) => m.light)).toEqual(["done", "grey", "grey", "grey"]);
    expect(byTask.rows[1].light).toBe("red");
    const byUnit = (await call(server, office, "GET", `/api/plans/${plan.planId}/timeline?asOf=2018-05-10&by=unit`)).json();
    expect(byUnit.rows).toHaveLength(4);
  });

  it("gives a liaison its unit's tasks with the awaited report, and nothing of other units", async () => {
    const liaison = await actor(server, ["liaison"], REGION, units[2]);
    const mine = (await call(server, liaison, "GET", "/api/my/tasks?asOf=2018-05-10")).json();
    expect(mine.items).toHaveLength(2);
    expect(mine.items.find((t: { taskId: string }) => t.taskId === plan.tasks[1].taskId)).toMatchObject({ role: "partner", light: "red", nextMilestone: { due: "2018-03-31" } });
    const overdue = (await call(server, liaison, "GET", "/api/supervision/overdue?asOf=2018-05-10")).json();
    expect(overdue.items.every((i: { unitId: string }) => i.unitId === units[2])).toBe(true);
    expect((await call(server, liaison, "GET", `/api/plans/${plan.planId}/lights`)).statusCode).toBe(200);
    const outsider = await actor(server, ["liaison"], REGION, (await server.createUnit({ regionCode: REGION, name: "区交通局" })).id);
    expect((await call(server, outsider, "GET", `/api/plans/${plan.planId}/lights`)).statusCode).toBe(404);
  });
});
