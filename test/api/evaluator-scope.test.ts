import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginCookie, startTestServer, testPassword, type TestServer } from "../support/server";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

/** An evaluator assigned to one plan (第三方评估) reads that plan and nothing else (issue 4: "An evaluator sees one plan read-only"). */
const REGION = "440802";
let server: TestServer;
let assigned: FactoryPlan;
let other: FactoryPlan;
let admin: Actor;
let evaluator: Actor;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2019-03-01T02:00:00Z");
  const lead = (await server.createUnit({ regionCode: REGION, name: "区残联" })).id;
  const tasks = [{ content: "康复服务", units: [lead], dues: ["2018-12-31", "2019-12-31"] }];
  assigned = await insertPlan(server, { regionCode: REGION, title: "被评估的规划", tasks });
  other = await insertPlan(server, { regionCode: REGION, title: "另一规划", tasks });
  admin = await actor(server, ["system-admin"], "000000");

  const password = testPassword();
  const created = await call(server, admin, "POST", "/api/users", {
    payload: { username: "third-party", displayName: "第三方评估机构", regionCode: REGION, roles: ["evaluator"], planId: assigned.planId, password },
  });
  expect(created.statusCode, created.body).toBe(201);
  expect(created.json().planId).toBe(assigned.planId);
  const changed = await server.app.inject({
    method: "POST",
    url: "/api/auth/password",
    headers: { cookie: await loginCookie(server.app, "third-party", password) },
    payload: { currentPassword: password, newPassword: "Evaluator-Renewed-2019" },
  });
  expect(changed.statusCode).toBe(204);
  evaluator = { cookie: await loginCookie(server.app, "third-party", "Evaluator-Renewed-2019"), userId: created.json().id };
});
afterAll(async () => server?.close());

describe("an evaluator limited to one plan", () => {
  it("lists and opens only that plan; the other answers 404 everywhere", async () => {
    const plans = (await call(server, evaluator, "GET", "/api/plans")).json<{ items: { id: string }[] }>().items.map((p) => p.id);
    expect(plans).toEqual([assigned.planId]);
    expect((await call(server, evaluator, "GET", `/api/plans/${assigned.planId}`)).statusCode).toBe(200);
    for (const url of [`/api/plans/${other.planId}`, `/api/plans/${other.planId}/lights`, `/api/plans/${other.planId}/timeline`, `/api/plans/${other.planId}/file`]) {
      expect((await call(server, evaluator, "GET", url)).statusCode, url).toBe(404);
    }
    const report = (await call(server, admin, "GET", "/api/plans")).statusCode; // the administrator holds no plan.read
    expect(report).toBe(403);
  });

  it("sees only that plan's lights, overdue items and reports", async () => {
    const overview = (await call(server, evaluator, "GET", `/api/supervision/overview?regionCode=${REGION}`)).json<{ plans: { planId: string }[]; counts: { total: number } }>();
    expect(overview.plans.map((p) => p.planId)).toEqual([assigned.planId]);
    expect(overview.counts.total).toBe(1);
    const overdue = (await call(server, evaluator, "GET", "/api/supervision/overdue?asOf=2019-03-01")).json<{ items: { planId: string }[] }>();
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(new Set(overdue.items.map((i) => i.planId))).toEqual(new Set([assigned.planId]));
    expect((await call(server, evaluator, "GET", `/api/supervision/overdue?asOf=2019-03-01&planId=${other.planId}`)).json().items).toEqual([]);
    const reports = (await call(server, evaluator, "GET", "/api/reports")).json<{ items: { planId: string }[]; total: number }>();
    expect(reports.total).toBeGreaterThan(0);
    expect(new Set(reports.items.map((r) => r.planId))).toEqual(new Set([assigned.planId]));
    const foreignReport = (await call(server, admin, "GET", "/api/reports")).statusCode;
    expect(foreignReport).toBe(403);
  });

  it("gets the 驾驶舱 of that plan only", async () => {
    const screen = (await call(server, evaluator, "GET", `/api/dashboard?regionCode=${REGION}&asOf=2019-03-01`)).json<{ plan: { planId: string }; plans: { planId: string }[]; counts: { total: number } }>();
    expect(screen.plan.planId).toBe(assigned.planId);
    expect(screen.plans.map((p) => p.planId)).toEqual([assigned.planId]);
    expect(screen.counts.total).toBe(1);
    expect((await call(server, evaluator, "GET", `/api/dashboard?regionCode=${REGION}&planId=${other.planId}`)).statusCode).toBe(404);
  });

  it("sees only that plan's evaluations and indicator values", async () => {
    const office = await actor(server, ["office"], REGION);
    const created: Record<string, string> = {};
    for (const plan of [assigned, other]) {
      const response = await call(server, office, "POST", "/api/evaluations", { payload: { planId: plan.planId, kind: "final", asOf: "2019-03-01", evaluatorOrg: "评估中心" } });
      expect(response.statusCode, response.body).toBe(201);
      created[plan.planId] = response.json<{ id: string }>().id;
    }
    const listed = (await call(server, evaluator, "GET", "/api/evaluations")).json<{ items: { id: string }[] }>().items.map((e) => e.id);
    expect(listed).toEqual([created[assigned.planId]]);
    expect((await call(server, evaluator, "GET", `/api/evaluations?planId=${other.planId}`)).json().items).toEqual([]);
    expect((await call(server, evaluator, "GET", `/api/evaluations/${created[assigned.planId]}`)).statusCode).toBe(200);
    expect((await call(server, evaluator, "GET", `/api/evaluations/${created[other.planId]}`)).statusCode).toBe(404);
    expect((await call(server, office, "GET", `/api/evaluations/${created[other.planId]}`)).statusCode).toBe(200);
    const values = await call(server, evaluator, "GET", `/api/indicator-values?planId=${other.planId}`);
    expect(values.statusCode).toBe(200);
    expect(values.json().total).toBe(0);
  });

  it("refuses a plan for a role other than evaluator, and a plan outside the account's region", async () => {
    const base = { displayName: "x", password: testPassword() };
    const leader = await call(server, admin, "POST", "/api/users", { payload: { ...base, username: "leader-with-plan", regionCode: REGION, roles: ["leader"], planId: assigned.planId } });
    expect(leader.statusCode).toBe(400);
    expect(leader.json().message).toContain("只有评估人员");
    const elsewhere = await call(server, admin, "POST", "/api/users", { payload: { ...base, username: "evaluator-elsewhere", regionCode: "440803", roles: ["evaluator"], planId: assigned.planId } });
    expect(elsewhere.statusCode).toBe(404);
    const options = (await call(server, admin, "GET", "/api/users/plan-options")).json<{ items: { id: string }[] }>().items.map((p) => p.id);
    expect(options.sort()).toEqual([assigned.planId, other.planId].sort());
  });
});
