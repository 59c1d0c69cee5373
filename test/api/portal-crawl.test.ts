import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { refreshPlanLights } from "../../src/supervision/light-facts";
import { actor, call, insertPlan, reportOf, type Actor, type FactoryPlan } from "./supervision-factory";

const CITY = "440800";
const ID_CANARY = "440804199001011234";
const NAME_CANARY = "张三丰";
const DRAFT_CANARY = "草稿进展勿公开";

/** Every field name a public answer may carry (src/indicators/API.md, public portal). */
const ALLOWED_FIELDS = new Set([
  "items", "id", "title", "docNumber", "issuer", "issuedOn", "regionCode", "regionName", "periodStart", "periodEnd", "publishedAt",
  "asOf", "light", "counts", "done", "green", "yellow", "red", "grey", "total",
  "no", "parentNo", "chapter", "content", "schedule", "leadUnit", "partnerUnits", "progress", "text", "due", "acceptedOn",
  "name", "attribute", "target", "op", "value", "unit", "baseline", "year", "targetYear", "isRate", "status", "expected",
  "planId", "planTitle", "kind", "evaluatorOrg",
  "summary", "tasksTotal", "completed", "basicallyCompleted", "notCompleted", "completionRate", "units", "tasks",
  "indicators", "targetText", "actual", "note", "overdue", "taskNo", "task", "milestoneDue", "daysOverdue", "findings", "rating", "comment", "overall",
]);

let server: TestServer;
let office: Actor;
let evaluator: Actor;
let published: FactoryPlan;
let hidden: FactoryPlan;
let withdrawn: FactoryPlan;
const usernames: string[] = [];
const evaluations: { published: string; draft: string; ofHiddenPlan: string } = { published: "", draft: "", ofHiddenPlan: "" };

function put(who: Actor, url: string, payload: unknown, ifMatch: number) {
  return server.app.inject({ method: "PUT", url, headers: { cookie: who.cookie, "if-match": `"${ifMatch}"` }, payload: payload as object });
}

/** Creates, scores every task of, and optionally publishes an evaluation. */
async function evaluation(planId: string, overall: string, publish: boolean): Promise<string> {
  const created = await call(server, office, "POST", "/api/evaluations", { payload: { planId, kind: "mid-term", asOf: "2018-12-31", evaluatorOrg: "某第三方评估中心" } });
  expect(created.statusCode, created.body).toBe(201);
  let body = created.json();
  for (const task of body.tasks as { taskId: string }[]) {
    body = (await put(evaluator, `/api/evaluations/${body.id}/tasks/${task.taskId}`, { rating: "completed", comment: `经核实，${NAME_CANARY}（身份证${ID_CANARY}）所在村已覆盖` }, body.version)).json();
  }
  body = (await call(server, evaluator, "PATCH", `/api/evaluations/${body.id}`, { payload: { overall }, ifMatch: body.version })).json();
  if (publish) expect((await call(server, office, "POST", `/api/evaluations/${body.id}/publish`, { ifMatch: body.version })).statusCode).toBe(200);
  return body.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2019-01-15T02:00:00Z");
  const unitA = (await server.createUnit({ regionCode: CITY, name: "市残联" })).id;
  const unitB = (await server.createUnit({ regionCode: CITY, name: "市教育局" })).id;
  const mk = async (title: string) =>
    insertPlan(server, { regionCode: CITY, title, tasks: [{ units: [unitA, unitB], dues: ["2018-03-31", "2018-06-30"] }, { units: [unitB], dues: ["2018-09-30"] }] });
  published = await mk("公开规划甲");
  hidden = await mk("未公开规划乙");
  withdrawn = await mk("撤回规划丙");
  for (const plan of [published, hidden, withdrawn]) {
    await server.ctx.db.execute(sql`UPDATE plans SET extraction = ${JSON.stringify({
      indicators: [{ no: "1", name: "残疾人基本康复服务覆盖率", target: { op: ">=", value: 90, unit: "%" }, attribute: "binding" }],
    })}::jsonb WHERE id = ${plan.planId}`);
  }

  const people = [
    await server.createUser({ roles: ["office"], regionCode: CITY, displayName: "王办公" }),
    await server.createUser({ roles: ["liaison"], regionCode: CITY, unitId: unitA, displayName: NAME_CANARY }),
    await server.createUser({ roles: ["evaluator"], regionCode: CITY, displayName: "赵评估" }),
  ];
  usernames.push(...people.map((p) => p.username));
  const { loginCookie } = await import("../support/server");
  office = { cookie: await loginCookie(server.app, people[0].username, people[0].password), userId: people[0].user.id };
  const liaison = { cookie: await loginCookie(server.app, people[1].username, people[1].password), userId: people[1].user.id };
  evaluator = { cookie: await loginCookie(server.app, people[2].username, people[2].password), userId: people[2].user.id };

  // A draft the liaison typed with a person's name and an ID number: it must never be public.
  const draft = await reportOf(server, liaison, published.tasks[0].taskId, unitA, "2018-06-30");
  const edited = await call(server, liaison, "PATCH", `/api/reports/${draft.id}`, { payload: { narrative: `${DRAFT_CANARY}：${NAME_CANARY} 身份证 ${ID_CANARY}` }, ifMatch: draft.version });
  expect(edited.statusCode, edited.body).toBe(200);
  // An accepted report whose text carries a phone and an ID number: public, but masked.
  await server.ctx.db.execute(sql`UPDATE reports SET state = 'accepted', accepted_on = '2018-04-10', narrative = ${`已完成摸底登记，咨询电话13812345678，样本${ID_CANARY}`}
    WHERE task_id = ${published.tasks[0].taskId} AND unit_id = ${unitA} AND due = '2018-03-31'`);
  await server.ctx.db.transaction((tx) => refreshPlanLights(tx, CITY, published.planId));

  // Indicator values: one accepted (public), one draft (not).
  const indicators = (await call(server, office, "GET", `/api/plans/${published.planId}/indicators`)).json().items as { id: string }[];
  for (const [region, state] of [["440802", "accepted"], ["440803", "draft"]] as const) {
    const created = await call(server, office, "POST", `/api/indicators/${indicators[0].id}/values`, { payload: { regionCode: region, year: 2018, numerator: 80, denominator: 100, note: `${NAME_CANARY} ${ID_CANARY}` } });
    expect(created.statusCode, created.body).toBe(201);
    if (state === "accepted") {
      const submitted = await call(server, office, "POST", `/api/indicator-values/${created.json().id}/submit`, { ifMatch: created.json().version });
      expect((await call(server, office, "POST", `/api/indicator-values/${created.json().id}/accept`, { ifMatch: submitted.json().version })).statusCode).toBe(200);
    }
  }

  for (const plan of [published, withdrawn]) expect((await call(server, office, "POST", `/api/plans/${plan.planId}/publish`)).statusCode).toBe(200);
  evaluations.published = await evaluation(published.planId, "规划实施总体良好。", true);
  evaluations.draft = await evaluation(published.planId, "未发布评估草稿", false);
  evaluations.ofHiddenPlan = await evaluation(hidden.planId, "未公开规划的评估", true);
  expect((await call(server, office, "POST", `/api/plans/${withdrawn.planId}/unpublish`)).statusCode).toBe(200);
});
afterAll(async () => server?.close());

function fieldNames(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => fieldNames(v, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      out.add(key);
      fieldNames(v, out);
    }
  }
  return out;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe("public portal crawl", () => {
  it("publishing is the office's, audited, and needs a plan in its region", async () => {
    const outsider = await actor(server, ["office"], "370305");
    expect((await call(server, outsider, "POST", `/api/plans/${hidden.planId}/publish`)).statusCode).toBe(404);
    expect((await call(server, evaluator, "POST", `/api/plans/${hidden.planId}/publish`)).statusCode).toBe(403);
    const audit = (await server.ctx.db.execute(sql`SELECT action FROM audit_events WHERE object_id = ${withdrawn.planId} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(["plan.publish", "plan.unpublish"]);
  });

  it("crawls every public GET route and finds only published, allow-listed, non-personal data", async () => {
    const routes = server.app.registeredRoutes.filter((route) => route.url.startsWith("/api/public/") && route.method === "GET");
    expect(routes.length).toBeGreaterThanOrEqual(7);
    const publishedIds = { plans: [published.planId], evaluations: [evaluations.published] };
    const hiddenIds = { plans: [hidden.planId, withdrawn.planId], evaluations: [evaluations.draft, evaluations.ofHiddenPlan] };
    const canaries = [NAME_CANARY, DRAFT_CANARY, "未公开规划乙", "撤回规划丙", "未发布评估草稿", "未公开规划的评估", "王办公", "赵评估", ...usernames];
    const forbiddenIds = [...hiddenIds.plans, ...hiddenIds.evaluations, office.userId, evaluator.userId];
    let crawled = 0;
    for (const route of routes) {
      const group = route.url.startsWith("/api/public/evaluations") ? "evaluations" : "plans";
      const fill = (id: string) => route.url.replace(":id", id);
      const urls = route.url.includes(":id") ? publishedIds[group].map(fill) : [route.url];
      for (const hiddenId of route.url.includes(":id") ? hiddenIds[group] : []) {
        const response = await server.app.inject({ method: "GET", url: fill(hiddenId) });
        expect(response.statusCode, fill(hiddenId)).toBe(404);
      }
      for (const base of urls) {
        for (const url of [base, `${base}?fields=id_number&include=persons`, `${base}?fields=id_number,name,narrative&include=persons,users,drafts&year=2018`]) {
          const anonymous = await server.app.inject({ method: "GET", url });
          expect(anonymous.statusCode, `${url} ${anonymous.body.slice(0, 300)}`).toBe(200);
          // The answer is the same with an office cookie: nothing on the public routes depends on who asks.
          const withCookie = await server.app.inject({ method: "GET", url, headers: { cookie: office.cookie } });
          expect(withCookie.rawPayload.length, url).toBe(anonymous.rawPayload.length);
          crawled++;
          if (anonymous.headers["content-type"]?.toString().startsWith("application/pdf")) {
            expect(anonymous.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
            continue;
          }
          const body = anonymous.json();
          const extra = [...fieldNames(body)].filter((name) => !ALLOWED_FIELDS.has(name));
          expect(extra, url).toEqual([]);
          const text = anonymous.body;
          expect(text.replace(UUID, "").match(/\d{6}(19|20)\d{2}/), url).toBeNull();
          for (const canary of canaries) expect(text, `${url} leaks ${canary}`).not.toContain(canary);
          for (const id of forbiddenIds) expect(text, `${url} leaks ${id}`).not.toContain(id);
        }
      }
    }
    expect(crawled).toBeGreaterThanOrEqual(routes.length * 3);
  });

  it("shows the published plan's tasks with lights and only accepted progress, masked", async () => {
    const plans = (await server.app.inject({ method: "GET", url: "/api/public/plans" })).json().items as { id: string }[];
    expect(plans.map((p) => p.id)).toEqual([published.planId]);
    const tasks = (await server.app.inject({ method: "GET", url: `/api/public/plans/${published.planId}/tasks` })).json();
    expect(tasks.items[0]).toMatchObject({ leadUnit: "市残联", partnerUnits: ["市教育局"], light: "red", progress: { due: "2018-03-31", acceptedOn: "2018-04-10" } });
    expect(tasks.items[0].progress.text).toContain("138********");
    expect(tasks.items[0].progress.text).not.toContain("13812345678");
    expect(tasks.items[1].progress).toBeNull();
    const indicators = (await server.app.inject({ method: "GET", url: `/api/public/plans/${published.planId}/indicators` })).json();
    // Only the accepted county value counts: 80/100 from 440802; the draft from 440803 does not.
    expect(indicators).toMatchObject({ year: 2018, items: [{ value: 80, status: expect.any(String) }] });
    const list = (await server.app.inject({ method: "GET", url: "/api/public/evaluations" })).json().items as { id: string }[];
    expect(list.map((e) => e.id)).toEqual([evaluations.published]);
  });
});
