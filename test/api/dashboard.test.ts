import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../src/supervision/dates";
import { addCount, emptyCounts, lightAsOf, type Light, type LightCounts, type MilestoneStatus } from "../../src/supervision/lights";
import { queryRows } from "../../src/supervision/sql-rows";
import { startTestServer, type TestServer } from "../support/server";
import { acceptReport, importSeed } from "./dashboard-fixture";
import { actor, call, insertPlan, type Actor } from "./supervision-factory";

const CITY = "370300";
const LINZI = "370305";
const SHAPINGBA = "500106";
const SEED_004 = "004_4c59c97df8a0ccea.txt";
/** 惠残2020工程: a two-level table, so its tasks fall into chapters (their top-level group rows). */
const SEED_003 = "003_d966c64b69590850.txt";
const AS_OF = "2016-08-15";

let server: TestServer;
let planId: string;
let cityPlanId: string;
let nestedPlanId: string;
let office: Actor;
let cityLeader: Actor;
let countyLeader: Actor;
let shapingbaLeader: Actor;
let warningDays: number;

interface ReportRow {
  id: string;
  taskId: string;
  unitId: string;
  role: "lead" | "partner";
  due: string;
  acceptedOn: string | null;
  isFinal: number;
  chapter: string | null;
}

async function reportRows(plan: string): Promise<ReportRow[]> {
  // The chapter is the task's own (the import labels a grouped table's rows with their top-level group).
  return queryRows<ReportRow>(
    server.ctx.db,
    sql`SELECT r.id, r.task_id AS "taskId", r.unit_id AS "unitId", r.role, r.due::text AS due, r.accepted_on::text AS "acceptedOn", r.is_final AS "isFinal",
               t.chapter
        FROM reports r JOIN tasks t ON t.id = r.task_id WHERE r.plan_id = ${plan}`,
  );
}

/** Every (task, unit)'s light by the pure rule of lights.ts, from the reports themselves. */
async function expectedLights(plan: string, asOf: string) {
  const groups = new Map<string, { taskId: string; unitId: string; role: "lead" | "partner"; chapter: string | null; milestones: MilestoneStatus[] }>();
  for (const row of await reportRows(plan)) {
    const key = `${row.taskId}/${row.unitId}`;
    const group = groups.get(key) ?? { taskId: row.taskId, unitId: row.unitId, role: row.role, chapter: row.chapter, milestones: [] };
    group.milestones.push({ due: row.due, acceptedOn: row.acceptedOn, isFinal: row.isFinal === 1 });
    groups.set(key, group);
  }
  return [...groups.values()].map((group) => ({ ...group, light: lightAsOf(group.milestones, asOf, warningDays) as Light }));
}

function countsOf(lights: readonly { light: Light }[]): LightCounts {
  const counts = emptyCounts();
  for (const { light } of lights) addCount(counts, light);
  return counts;
}

async function dashboard(who: Actor, query: string) {
  const response = await call(server, who, "GET", `/api/dashboard?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2016-01-05T02:00:00Z");
  planId = await importSeed(server, SEED_004, LINZI);
  nestedPlanId = await importSeed(server, SEED_003, SHAPINGBA);
  warningDays = (await queryRows<{ w: number }>(server.ctx.db, sql`SELECT warning_days AS w FROM plans WHERE id = ${planId}`))[0].w;
  // Eight tasks get their first half-year's lead reports accepted (early, on the day, late), a ninth its final report.
  const leads = (await reportRows(planId)).filter((r) => r.role === "lead").sort((a, b) => a.due.localeCompare(b.due));
  const taskIds = [...new Set(leads.map((r) => r.taskId))].slice(0, 9);
  const steps = taskIds.flatMap((taskId, i) => {
    const own = leads.filter((r) => r.taskId === taskId);
    if (i === 8) return [{ report: own[0], day: addDays(own[0].due, 2), isFinal: true }];
    return own.filter((r) => r.due <= "2016-06-30").map((report) => ({ report, day: addDays(report.due, [-3, 0, 10, 25][i % 4]), isFinal: false }));
  });
  steps.sort((a, b) => a.day.localeCompare(b.day));
  for (const step of steps) {
    // Sessions lapse when the clock jumps ahead: log in again on each day.
    server.clock.set(`${step.day}T02:00:00Z`);
    await acceptReport(server, await actor(server, ["liaison"], LINZI, step.report.unitId), await actor(server, ["office"], LINZI), step.report.id, step.isFinal);
  }
  // The city's own plan: one task, one unit, one milestone left unreported.
  const cityUnit = (await server.createUnit({ regionCode: CITY, name: "市残联" })).id;
  cityPlanId = (await insertPlan(server, { regionCode: CITY, title: "淄博市测试规划", tasks: [{ units: [cityUnit], dues: ["2016-06-30"] }] })).planId;
  server.clock.set("2016-09-01T02:00:00Z");
  office = await actor(server, ["office"], LINZI);
  cityLeader = await actor(server, ["leader"], CITY);
  countyLeader = await actor(server, ["leader"], LINZI);
  shapingbaLeader = await actor(server, ["leader"], SHAPINGBA);
}, 300_000);
afterAll(async () => server?.close());

describe("dashboard", () => {
  it("counts task lights, units as lead and partner, and chapters as the light rules give them", async () => {
    const body = await dashboard(countyLeader, `planId=${planId}&asOf=${AS_OF}`);
    const lights = await expectedLights(planId, AS_OF);
    const leads = lights.filter((l) => l.role === "lead");
    expect(body.plan).toMatchObject({ planId, regionCode: LINZI });
    expect(body.counts).toEqual(countsOf(leads));
    expect(body.counts.done).toBe(1);
    expect(body.counts.green).toBe(8);
    expect(body.counts.red).toBeGreaterThan(0);
    const overview = (await call(server, countyLeader, "GET", `/api/supervision/overview?planId=${planId}&asOf=${AS_OF}`)).json();
    expect(body.counts).toEqual(overview.counts);
    expect(body.light).toBe(overview.light);

    const unitIds = [...new Set(lights.map((l) => l.unitId))];
    expect(body.unitsTotal).toBe(unitIds.length);
    for (const unit of body.units as { unitId: string; lead: LightCounts; partner: LightCounts }[]) {
      expect(unit.lead, unit.unitId).toEqual(countsOf(lights.filter((l) => l.unitId === unit.unitId && l.role === "lead")));
      expect(unit.partner, unit.unitId).toEqual(countsOf(lights.filter((l) => l.unitId === unit.unitId && l.role === "partner")));
    }
    // A flat table has no chapters: one group without a name.
    expect(body.chapters).toEqual([{ chapter: null, counts: body.counts }]);
  });

  it("groups a nested table's tasks by their parent rows, in document order", async () => {
    const asOf = "2020-06-15";
    const body = await dashboard(shapingbaLeader, `planId=${nestedPlanId}&asOf=${asOf}`);
    const leads = (await expectedLights(nestedPlanId, asOf)).filter((l) => l.role === "lead");
    const chapters = body.chapters as { chapter: string; counts: LightCounts }[];
    expect(chapters.length).toBeGreaterThan(5);
    expect(chapters[0].chapter).toMatch(/^1 /);
    expect(chapters.map((c) => c.chapter).sort()).toEqual([...new Set(leads.map((l) => l.chapter))].sort());
    for (const chapter of chapters) expect(chapter.counts, chapter.chapter).toEqual(countsOf(leads.filter((l) => l.chapter === chapter.chapter)));
    expect(body.counts).toEqual(countsOf(leads));
    expect(new Set(leads.map((l) => l.light)).size).toBeGreaterThan(2);
  });

  it("draws lights and overdue milestones at each quarter end from the plan's start, and on the day", async () => {
    const body = await dashboard(countyLeader, `planId=${planId}&asOf=${AS_OF}`);
    const trend = body.trend as { date: string; counts: LightCounts; overdue: number }[];
    const start = body.plan.periodStart as number;
    expect(trend[0].date).toBe(`${start}-03-31`);
    expect(trend.at(-2)?.date).toBe("2016-06-30");
    expect(trend.at(-1)).toMatchObject({ date: AS_OF, counts: body.counts });
    const leadReports = (await reportRows(planId)).filter((r) => r.role === "lead");
    for (const point of trend) {
      expect(point.counts, point.date).toEqual(countsOf((await expectedLights(planId, point.date)).filter((l) => l.role === "lead")));
      const overdue = leadReports.filter((r) => r.due < point.date && (r.acceptedOn === null || r.acceptedOn > point.date)).length;
      expect(point.overdue, point.date).toBe(overdue);
    }
    // The late acceptance shows: more overdue milestones as time passes, and some counted on the day.
    expect(trend.at(-1)!.overdue).toBeGreaterThan(0);
    expect(trend.some((p) => p.counts.done > 0)).toBe(true);
  });

  it("shows the plan's indicators against their targets as the indicator read service computes them", async () => {
    const list = (await call(server, office, "GET", `/api/plans/${planId}/indicators?year=2016`)).json();
    const indicator = list.items.find((i: { isRate: boolean; target: { value: number | null } }) => !i.isRate && i.target.value !== null);
    expect(indicator).toBeDefined();
    const created = await call(server, office, "POST", `/api/indicators/${indicator.id}/values`, { payload: { regionCode: LINZI, year: 2016, value: 321 } });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await call(server, office, "POST", `/api/indicator-values/${created.json().id}/submit`, { ifMatch: created.json().version });
    expect((await call(server, office, "POST", `/api/indicator-values/${created.json().id}/accept`, { ifMatch: submitted.json().version })).statusCode).toBe(200);

    const body = await dashboard(countyLeader, `planId=${planId}&asOf=${AS_OF}`);
    expect(body.indicators.year).toBe(2016);
    expect(body.indicators.items).toHaveLength(list.items.length);
    const reference = (await call(server, office, "GET", `/api/plans/${planId}/indicators?year=2016`)).json();
    for (const item of body.indicators.items as { id: string; value: number | null; status: string; light: string; expected: number | null }[]) {
      const ref = reference.items.find((i: { id: string }) => i.id === item.id);
      expect(item, ref.name).toMatchObject({ value: ref.figure.value, status: ref.figure.status.status, light: ref.figure.status.light, expected: ref.figure.status.expected });
    }
    expect(body.indicators.items.find((i: { id: string }) => i.id === indicator.id).value).toBe(321);
    // Before the value's year, the year shown is the as-of year and nothing is counted yet.
    const earlier = await dashboard(countyLeader, `planId=${planId}&asOf=2015-12-31`);
    expect(earlier.indicators.year).toBe(2015);
    expect(earlier.indicators.items.find((i: { id: string }) => i.id === indicator.id).value).toBeNull();
  });

  it("rolls child regions up over all their plans for the drill-down, and narrows the rest to the chosen plan", async () => {
    const all = await dashboard(cityLeader, `asOf=${AS_OF}`);
    expect(all.regionCode).toBe(CITY);
    expect(all.plan).toBeNull();
    expect(all.indicators).toBeNull();
    expect((all.plans as { planId: string }[]).map((p) => p.planId)).toEqual([cityPlanId, planId]);
    const county = (await expectedLights(planId, AS_OF)).filter((l) => l.role === "lead");
    const city = (await expectedLights(cityPlanId, AS_OF)).filter((l) => l.role === "lead");
    expect(all.counts).toEqual(countsOf([...county, ...city]));
    expect(all.children).toEqual([{ regionCode: LINZI, name: "临淄区", light: all.children[0].light, counts: countsOf(county) }]);

    const cityOnly = await dashboard(cityLeader, `asOf=${AS_OF}&planId=${cityPlanId}`);
    expect(cityOnly.counts).toEqual(countsOf(city));
    expect(cityOnly.counts).toMatchObject({ total: 1, red: 1 });
    expect(cityOnly.children[0].counts).toEqual(countsOf(county));

    const drilled = await dashboard(cityLeader, `asOf=${AS_OF}&regionCode=${LINZI}&planId=${planId}`);
    expect(drilled.path).toEqual([
      { regionCode: CITY, name: "淄博市" },
      { regionCode: LINZI, name: "临淄区" },
    ]);
    expect(drilled.counts).toEqual(countsOf(county));
    expect((await dashboard(countyLeader, `asOf=${AS_OF}`)).path).toEqual([{ regionCode: LINZI, name: "临淄区" }]);
  });

  it("costs the same few statements for a county and for a city with more plans, regions and tasks", async () => {
    // Counts what the handler (and the session check) sends through the app's database handle.
    const db = server.ctx.db as unknown as Record<"execute" | "select", (...args: unknown[]) => unknown>;
    const statements = async (who: Actor, query: string) => {
      const original = { execute: db.execute, select: db.select };
      let n = 0;
      db.execute = (...args) => (n++, original.execute.apply(server.ctx.db, args));
      db.select = (...args) => (n++, original.select.apply(server.ctx.db, args));
      try {
        await dashboard(who, query);
      } finally {
        Object.assign(db, original);
      }
      return n;
    };
    const county = await statements(countyLeader, `asOf=${AS_OF}`);
    const city = await statements(cityLeader, `asOf=${AS_OF}`);
    // The session lookup plus seven statements, whatever the number of plans, child regions and tasks.
    expect(city).toBe(county);
    expect(city).toBeLessThanOrEqual(8);
    // A chosen plan adds its lookup and the indicator read service's few statements, the same for any plan.
    const withPlan = await statements(countyLeader, `asOf=${AS_OF}&planId=${planId}`);
    expect(await statements(cityLeader, `asOf=${AS_OF}&planId=${cityPlanId}`)).toBe(withPlan);
    expect(await statements(cityLeader, `asOf=${AS_OF}&planId=${planId}&regionCode=${LINZI}`)).toBe(withPlan);
  });

  it("lists one unit's tasks with its own light on each", async () => {
    const lights = await expectedLights(planId, AS_OF);
    const body = await dashboard(countyLeader, `planId=${planId}&asOf=${AS_OF}`);
    const unit = body.units[0] as { unitId: string; lead: LightCounts; partner: LightCounts };
    const response = await call(server, countyLeader, "GET", `/api/dashboard/unit-tasks?unitId=${unit.unitId}&planId=${planId}&asOf=${AS_OF}`);
    expect(response.statusCode, response.body).toBe(200);
    const items = response.json().items as { taskId: string; role: string; light: string; no: string; content: string }[];
    expect(items).toHaveLength(unit.lead.total + unit.partner.total);
    for (const item of items) {
      expect(item.light).toBe(lights.find((l) => l.taskId === item.taskId && l.unitId === unit.unitId)?.light);
      expect(item.content.length).toBeGreaterThan(0);
    }
  });

  it("answers 404 outside the viewer's subtree or the viewed region, and refuses a liaison", async () => {
    expect((await call(server, countyLeader, "GET", `/api/dashboard?regionCode=${CITY}`)).statusCode).toBe(404);
    expect((await call(server, countyLeader, "GET", `/api/dashboard?planId=${cityPlanId}`)).statusCode).toBe(404);
    expect((await call(server, cityLeader, "GET", `/api/dashboard?regionCode=${LINZI}&planId=${cityPlanId}`)).statusCode).toBe(404);
    expect((await call(server, cityLeader, "GET", "/api/dashboard?regionCode=440800")).statusCode).toBe(404);
    expect((await call(server, cityLeader, "GET", "/api/dashboard?regionCode=370399")).statusCode).toBe(404);
    expect((await call(server, cityLeader, "GET", `/api/dashboard/unit-tasks?regionCode=440800&unitId=${cityPlanId}`)).statusCode).toBe(404);
    expect((await call(server, cityLeader, "GET", "/api/dashboard?asOf=2017-02-30")).statusCode).toBe(400);
    const unitId = (await reportRows(planId))[0].unitId;
    const liaison = await actor(server, ["liaison"], LINZI, unitId);
    expect((await call(server, liaison, "GET", "/api/dashboard")).statusCode).toBe(403);
    expect((await call(server, liaison, "GET", `/api/dashboard/unit-tasks?unitId=${unitId}`)).statusCode).toBe(403);
    const evaluator = await actor(server, ["evaluator"], LINZI);
    expect((await call(server, evaluator, "GET", "/api/dashboard")).statusCode).toBe(200);
  });

  it("defaults the day to the clock's", async () => {
    expect((await dashboard(office, "")).asOf).toBe("2016-09-01");
  });
});
