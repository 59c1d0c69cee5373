import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

/** What the indicators page relies on beyond indicators-values.test.ts: who changed a record (412), the detail's year. */

const CITY = "440800";
const EXTRACTED = [{ no: "1", name: "残疾儿童少年义务教育入学率", target: { op: ">=", value: 95, unit: "%", text: "≥95%" }, attribute: "binding" }];

let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let colleague: Actor;
let indicatorId: string;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2019-03-01T02:00:00Z");
  const unitId = (await server.createUnit({ regionCode: CITY, name: "市教育局" })).id;
  plan = await insertPlan(server, { regionCode: CITY, tasks: [{ units: [unitId], dues: ["2018-06-30"] }] });
  await server.ctx.db.execute(sql`UPDATE plans SET extraction = ${JSON.stringify({ indicators: EXTRACTED })}::jsonb WHERE id = ${plan.planId}`);
  office = await actor(server, ["office"], CITY);
  const named = await server.createUser({ roles: ["office"], regionCode: CITY, displayName: "王科员" });
  const { loginCookie } = await import("../support/server");
  colleague = { cookie: await loginCookie(server.app, named.username, named.password), userId: named.user.id };
  const list = await call(server, office, "GET", `/api/plans/${plan.planId}/indicators`);
  indicatorId = list.json().items[0].id;
});
afterAll(async () => server?.close());

describe("indicator conflicts and the detail's year", () => {
  it("names who changed an indicator's settings in the 412", async () => {
    const before = (await call(server, office, "GET", `/api/indicators/${indicatorId}`)).json();
    const saved = await call(server, colleague, "PATCH", `/api/indicators/${indicatorId}`, { payload: { baseline: { value: 60, year: 2015 } }, ifMatch: before.version });
    expect(saved.statusCode, saved.body).toBe(200);
    const stale = await call(server, office, "PATCH", `/api/indicators/${indicatorId}`, { payload: { targetYear: 2020 }, ifMatch: before.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().message).toContain("王科员");
    expect(stale.json().messageEn).toContain("王科员");
  });

  it("names who changed a value in the 412", async () => {
    const created = await call(server, office, "POST", `/api/indicators/${indicatorId}/values`, { payload: { regionCode: "440802", year: 2018, numerator: 40, denominator: 50 } });
    expect(created.statusCode, created.body).toBe(201);
    const edited = await call(server, colleague, "PATCH", `/api/indicator-values/${created.json().id}`, { payload: { numerator: 41 }, ifMatch: created.json().version });
    expect(edited.statusCode, edited.body).toBe(200);
    const stale = await call(server, office, "POST", `/api/indicator-values/${created.json().id}/submit`, { ifMatch: created.json().version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().message).toContain("王科员");
  });

  it("gives the children's figures of the asked year, else of the latest year with data", async () => {
    const latest = (await call(server, office, "GET", `/api/indicators/${indicatorId}?basis=all`)).json();
    expect(latest.year).toBe(2018);
    expect(latest.children.find((c: { regionCode: string }) => c.regionCode === "440802")).toMatchObject({ year: 2018, numerator: 41, denominator: 50 });
    const asked = (await call(server, office, "GET", `/api/indicators/${indicatorId}?basis=all&year=2017`)).json();
    expect(asked.year).toBe(2017);
    expect(asked.children.every((c: { year: number; source: string }) => c.year === 2017 && c.source === "none")).toBe(true);
    expect(asked.series.map((f: { year: number }) => f.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
  });
});
