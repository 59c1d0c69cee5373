import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { createIndicatorsForPlan } from "../../src/indicators/create-indicators";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

const CITY = "440800";
const EXTRACTED = [
  { no: "1", name: "残疾儿童少年义务教育入学率", target: { op: ">=", value: 95, unit: "%", text: "≥95%" }, attribute: "binding" },
  { no: "2", name: "困难重度残疾人家庭无障碍改造", target: { op: ">=", value: 500, unit: "户" }, attribute: "expected" },
  { no: "3", name: "残疾人家庭人均收入年均增速", target: { op: "=", value: null, unit: "%", text: "与经济增长同步" }, attribute: "expected" },
];

let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let liaison: Actor;
let otherLiaison: Actor;
let leader: Actor;
let unitId: string;

interface Item {
  id: string;
  name: string;
  isRate: boolean;
  version: number;
  definition: { concept: string | null; numerator: string | null; denominator: string | null };
  figure: { numerator: number | null; denominator: number | null; value: number | null; source: string; status: { status: string; light: string; expected: number | null; reason: string | null } };
  children: { regionCode: string; value: number | null; source: string }[];
}

async function list(who: Actor, query = "year=2018") {
  const response = await call(server, who, "GET", `/api/plans/${plan.planId}/indicators?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { year: number; years: number[]; regionCode: string; items: Item[] };
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2019-03-01T02:00:00Z");
  unitId = (await server.createUnit({ regionCode: CITY, name: "市教育局" })).id;
  const other = (await server.createUnit({ regionCode: CITY, name: "市民政局" })).id;
  plan = await insertPlan(server, { regionCode: CITY, tasks: [{ units: [unitId, other], dues: ["2018-06-30"] }, { units: [other], dues: ["2018-06-30"] }] });
  // A plan imported before indicators existed: its parsed table is only in plans.extraction.
  await server.ctx.db.execute(sql`UPDATE plans SET extraction = ${JSON.stringify({ indicators: EXTRACTED })}::jsonb WHERE id = ${plan.planId}`);
  office = await actor(server, ["office"], CITY);
  liaison = await actor(server, ["liaison"], CITY, unitId);
  otherLiaison = await actor(server, ["liaison"], CITY, other);
  leader = await actor(server, ["leader"], CITY);
});
afterAll(async () => server?.close());

describe("indicators", () => {
  let edu: Item;

  it("backfills a plan's indicators from its extraction on first read, with known definitions", async () => {
    const body = await list(office);
    expect(body.items.map((i) => i.name)).toEqual(EXTRACTED.map((i) => i.name));
    edu = body.items[0];
    expect(edu).toMatchObject({ isRate: true, definition: { concept: "compulsory-education" } });
    expect(edu.definition.denominator).toContain("适龄");
    expect(body.items[1].isRate).toBe(false);
    // An income growth rate is a survey figure: a per-cent unit, but nothing to add up.
    expect(body.items[2]).toMatchObject({ isRate: false, figure: { status: { status: "no-data", reason: "target-not-numeric" } } });
    // A second read creates nothing more.
    expect((await list(leader)).items).toHaveLength(3);
  });

  it("creates indicators at import through createIndicatorsForPlan", async () => {
    const other = await insertPlan(server, { regionCode: CITY, tasks: [{ units: [unitId], dues: [] }] });
    const n = await server.ctx.db.transaction((tx) =>
      createIndicatorsForPlan(tx, CITY, other.planId, [{ no: "一", name: "残疾人基本康复服务覆盖率", target: { op: ">=", value: 80, unit: "％" }, attribute: "binding" }], { start: 2016, end: 2020 }, server.clock.now()),
    );
    expect(n).toBe(1);
    const response = await call(server, office, "GET", `/api/plans/${other.planId}/indicators`);
    expect(response.json().items[0]).toMatchObject({ isRate: true, targetYear: 2020, target: { op: ">=", value: 80 } });
  });

  it("lets the office set baseline and responsible unit with If-Match", async () => {
    const patch = { baseline: { value: 60, year: 2015 }, responsibleUnitId: unitId };
    expect((await call(server, office, "PATCH", `/api/indicators/${edu.id}`, { payload: patch })).statusCode).toBe(428);
    expect((await call(server, office, "PATCH", `/api/indicators/${edu.id}`, { payload: patch, ifMatch: edu.version + 5 })).statusCode).toBe(412);
    expect((await call(server, liaison, "PATCH", `/api/indicators/${edu.id}`, { payload: patch, ifMatch: edu.version })).statusCode).toBe(403);
    const response = await call(server, office, "PATCH", `/api/indicators/${edu.id}`, { payload: patch, ifMatch: edu.version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers.etag).toBe(`"${edu.version + 1}"`);
    expect(response.json()).toMatchObject({ baseline: { value: 60, year: 2015 }, responsibleUnit: { id: unitId, name: "市教育局" } });
    const unknown = await call(server, office, "PATCH", `/api/indicators/${edu.id}`, { payload: { responsibleUnitId: "00000000-0000-4000-8000-000000000000" }, ifMatch: edu.version + 1 });
    expect(unknown.statusCode).toBe(404);
  });

  const values: Record<string, { id: string; version: number }> = {};

  it("takes a rate as numerator and denominator from the responsible unit's liaison", async () => {
    const url = `/api/indicators/${edu.id}/values`;
    expect((await call(server, otherLiaison, "POST", url, { payload: { regionCode: "440802", year: 2018, numerator: 1, denominator: 2 } })).statusCode).toBe(404);
    const bad = [
      { regionCode: "440802", year: 2018, value: 90 },
      { regionCode: "440802", year: 2018, numerator: 5 },
      { regionCode: "440802", year: 2018, numerator: 60, denominator: 50 },
      { regionCode: "440802", year: 2018, numerator: 0, denominator: 0 },
      { regionCode: "440802", year: 2030, numerator: 1, denominator: 2 },
    ];
    for (const payload of bad) {
      const response = await call(server, liaison, "POST", url, { payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe("INDICATOR_VALUE_INVALID");
    }
    expect((await call(server, liaison, "POST", url, { payload: { regionCode: "110101", year: 2018, numerator: 1, denominator: 2 } })).statusCode).toBe(404);
    for (const [region, numerator] of [["440802", 45], ["440803", 30]] as const) {
      const response = await call(server, liaison, "POST", url, { payload: { regionCode: region, year: 2018, numerator, denominator: 50 } });
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toMatchObject({ state: "draft", numerator, denominator: 50, value: (numerator / 50) * 100, regionName: expect.any(String) });
      values[region] = response.json();
    }
    const duplicate = await call(server, liaison, "POST", url, { payload: { regionCode: "440802", year: 2018, numerator: 1, denominator: 2 } });
    expect(duplicate.statusCode).toBe(409);
  });

  it("counts only accepted values by default, and every unreturned one with basis=all", async () => {
    expect((await list(office)).items[0].figure.source).toBe("none");
    const preview = (await list(office, "year=2018&basis=all")).items[0];
    expect(preview.figure).toMatchObject({ numerator: 75, denominator: 100, value: 75, source: "rolled-up" });
  });

  it("submits, reviews and rolls up by adding numerators and denominators", async () => {
    for (const region of ["440802", "440803"]) {
      const v = values[region];
      expect((await call(server, liaison, "POST", `/api/indicator-values/${v.id}/accept`, { ifMatch: v.version })).statusCode).toBe(403);
      expect((await call(server, office, "POST", `/api/indicator-values/${v.id}/accept`, { ifMatch: v.version })).statusCode).toBe(409);
      const submitted = await call(server, liaison, "POST", `/api/indicator-values/${v.id}/submit`, { ifMatch: v.version });
      expect(submitted.statusCode, submitted.body).toBe(200);
      expect(submitted.json().state).toBe("submitted");
      const edit = await call(server, liaison, "PATCH", `/api/indicator-values/${v.id}`, { payload: { numerator: 1 }, ifMatch: submitted.json().version });
      expect(edit.statusCode).toBe(409);
      values[region] = submitted.json();
    }
    const queue = await call(server, office, "GET", `/api/indicator-values?state=submitted&planId=${plan.planId}`);
    expect(queue.json().total).toBe(2);
    for (const region of ["440802", "440803"]) {
      const v = values[region];
      const accepted = await call(server, office, "POST", `/api/indicator-values/${v.id}/accept`, { ifMatch: v.version });
      expect(accepted.statusCode, accepted.body).toBe(200);
      values[region] = accepted.json();
    }
    const city = (await list(leader)).items[0];
    // 45/50 and 30/50 → 75/100 = 75%, not the mean of 90% and 60% weighted otherwise; 序时进度 for 2018 is 60 + (95−60)×3/5 = 81.
    expect(city.figure).toMatchObject({ numerator: 75, denominator: 100, value: 75, source: "rolled-up" });
    expect(city.figure.status).toMatchObject({ status: "behind", light: "red" });
    expect(city.figure.status.expected).toBeCloseTo(81, 9);
    expect(city.children.find((c) => c.regionCode === "440802")).toMatchObject({ value: 90, source: "entered" });
    expect((await list(office, "regionCode=440802")).items[0].figure).toMatchObject({ value: 90, source: "entered" });
    expect((await list(office)).years).toEqual([2018]);
  });

  it("drops a returned value from the roll-up and lets the unit correct and resubmit it", async () => {
    const v = values["440803"];
    expect((await call(server, office, "POST", `/api/indicator-values/${v.id}/return`, { payload: { reason: "" }, ifMatch: v.version })).statusCode).toBe(400);
    const returned = await call(server, office, "POST", `/api/indicator-values/${v.id}/return`, { payload: { reason: "分母口径有误" }, ifMatch: v.version });
    expect(returned.json()).toMatchObject({ state: "returned", returnReason: "分母口径有误" });
    expect((await list(office)).items[0].figure).toMatchObject({ numerator: 45, denominator: 50, value: 90 });
    const fixed = await call(server, liaison, "PATCH", `/api/indicator-values/${v.id}`, { payload: { numerator: 44, denominator: 48 }, ifMatch: returned.json().version });
    expect(fixed.statusCode, fixed.body).toBe(200);
    const stale = await call(server, liaison, "POST", `/api/indicator-values/${v.id}/submit`, { ifMatch: returned.json().version });
    expect(stale.statusCode).toBe(412);
    const again = await call(server, liaison, "POST", `/api/indicator-values/${v.id}/submit`, { ifMatch: fixed.json().version });
    expect(again.json().state).toBe("submitted");
  });

  it("gives one indicator's series and values, and audits every write", async () => {
    const response = await call(server, leader, "GET", `/api/indicators/${edu.id}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.series.map((f: { year: number }) => f.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(body.series[3]).toMatchObject({ year: 2018, value: 90 });
    expect(body.values).toHaveLength(2);
    const audit = (await server.ctx.db.execute(sql`SELECT action FROM audit_events WHERE action LIKE 'indicator.%'`)) as unknown as { rows: { action: string }[] };
    const actions = audit.rows.map((r) => r.action);
    for (const action of ["indicator.update", "indicator.value.create", "indicator.value.submit", "indicator.value.accept", "indicator.value.return", "indicator.value.update"]) {
      expect(actions).toContain(action);
    }
  });

  it("refuses to switch rate and count once values exist, and hides other regions' plans", async () => {
    const current = await call(server, office, "GET", `/api/indicators/${edu.id}`);
    const response = await call(server, office, "PATCH", `/api/indicators/${edu.id}`, { payload: { isRate: false }, ifMatch: current.json().version });
    expect(response.statusCode).toBe(409);
    const county = await actor(server, ["office"], "440804");
    expect((await call(server, county, "GET", `/api/plans/${plan.planId}/indicators`)).statusCode).toBe(404);
    expect((await call(server, county, "GET", `/api/indicators/${edu.id}`)).statusCode).toBe(404);
  });
});
