import { strFromU8, unzipSync } from "fflate";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { refreshPlanLights } from "../../src/supervision/light-facts";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

const COUNTY = "440804";
let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let evaluator: Actor;
let leader: Actor;
let liaison: Actor;
let units: string[];
let evaluationId: string;
let version: number;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2021-01-10T02:00:00Z");
  units = [];
  for (const name of ["区民政局", "区教育局", "区残联"]) units.push((await server.createUnit({ regionCode: COUNTY, name })).id);
  plan = await insertPlan(server, {
    regionCode: COUNTY,
    title: "坡头区“十三五”残疾人事业发展规划",
    tasks: [
      { units: [units[0], units[2]], dues: ["2019-06-30", "2020-06-30"], content: "落实两项补贴制度" },
      { units: [units[1]], dues: ["2020-09-30"], content: "发展特殊教育" },
      { units: [units[2]], dues: ["2020-03-31"], content: "建设康复中心" },
    ],
  });
  await server.ctx.db.execute(sql`UPDATE plans SET extraction = ${JSON.stringify({
    indicators: [{ no: "1", name: "残疾儿童少年义务教育入学率", target: { op: ">=", value: 95, unit: "%" }, attribute: "binding" }],
  })}::jsonb WHERE id = ${plan.planId}`);
  // Task 1 is done (final report accepted), task 2 is overdue, task 3 was done late (its only milestone is final).
  await server.ctx.db.execute(sql`UPDATE reports SET state = 'accepted', accepted_on = due, is_final = CASE WHEN due = '2020-06-30' THEN 1 ELSE 0 END
    WHERE task_id = ${plan.tasks[0].taskId} AND unit_id = ${units[0]}`);
  await server.ctx.db.execute(sql`UPDATE reports SET state = 'accepted', accepted_on = '2020-05-15' WHERE task_id = ${plan.tasks[2].taskId}`);
  await server.ctx.db.transaction((tx) => refreshPlanLights(tx, COUNTY, plan.planId));
  office = await actor(server, ["office"], COUNTY);
  evaluator = await actor(server, ["evaluator"], COUNTY);
  leader = await actor(server, ["leader"], COUNTY);
  liaison = await actor(server, ["liaison"], COUNTY, units[0]);
});
afterAll(async () => server?.close());

/** The factory's `call` knows no PUT; scores are PUT (one score per task, replaced). */
function put(who: Actor, url: string, options: { payload: unknown; ifMatch?: number }) {
  const headers: Record<string, string> = { cookie: who.cookie };
  if (options.ifMatch !== undefined) headers["if-match"] = `"${options.ifMatch}"`;
  return server.app.inject({ method: "PUT", url, headers, payload: options.payload as object });
}

describe("evaluations", () => {
  it("is created by the office for a plan, with the tasks' lights and suggested ratings", async () => {
    const payload = { planId: plan.planId, kind: "final", asOf: "2020-12-31", evaluatorOrg: "湛江某第三方评估中心" };
    expect((await call(server, evaluator, "POST", "/api/evaluations", { payload })).statusCode).toBe(403);
    expect((await call(server, office, "POST", "/api/evaluations", { payload: { ...payload, year: 2019 } })).statusCode).toBe(400);
    expect((await call(server, office, "POST", "/api/evaluations", { payload: { ...payload, kind: "annual", year: 2030 } })).statusCode).toBe(400);
    const response = await call(server, office, "POST", "/api/evaluations", { payload });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    evaluationId = body.id;
    version = body.version;
    expect(body).toMatchObject({ state: "draft", kind: "final", progress: { tasks: 3, tasksScored: 0, indicators: 1 } });
    expect(body.tasks.map((t: { light: string; suggestedRating: string }) => [t.light, t.suggestedRating])).toEqual([
      ["done", "completed"],
      ["red", "not-completed"],
      ["done", "completed"],
    ]);
    expect(body.tasks[0].units).toEqual(["区民政局", "区残联"]);
    expect((await call(server, liaison, "GET", `/api/evaluations/${evaluationId}`)).statusCode).toBe(403);
    expect((await call(server, leader, "GET", "/api/evaluations")).json().items).toHaveLength(1);
    const other = await actor(server, ["evaluator"], "440802");
    expect((await call(server, other, "GET", `/api/evaluations/${evaluationId}`)).statusCode).toBe(404);
  });

  it("is scored by the evaluator task by task and indicator by indicator, with If-Match", async () => {
    const detail = (await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}`)).json();
    const [t1, t2] = detail.tasks as { taskId: string }[];
    const url = `/api/evaluations/${evaluationId}/tasks/${t1.taskId}`;
    expect((await put(evaluator, url, { payload: { rating: "completed" } })).statusCode).toBe(428);
    expect((await put(leader, url, { payload: { rating: "completed" }, ifMatch: version })).statusCode).toBe(403);
    expect((await put(evaluator, url, { payload: { rating: "done" }, ifMatch: version })).statusCode).toBe(400);
    let response = await put(evaluator, url, { payload: { rating: "completed", comment: "两项补贴全面落实" }, ifMatch: version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().tasks[0]).toMatchObject({ rating: "completed", comment: "两项补贴全面落实" });
    expect((await put(evaluator, `/api/evaluations/${evaluationId}/tasks/${t2.taskId}`, { payload: { rating: "not-completed" }, ifMatch: version })).statusCode).toBe(412);
    version = response.json().version;
    response = await put(evaluator, `/api/evaluations/${evaluationId}/tasks/${t2.taskId}`, { payload: { rating: "not-completed", comment: "特教学校未建成" }, ifMatch: version });
    version = response.json().version;
    expect(detail.indicators[0]).toMatchObject({ attribute: "binding", target: { op: ">=", value: 95, unit: "%" } });
    const indicatorId = detail.indicators[0].indicatorId as string;
    response = await put(evaluator, `/api/evaluations/${evaluationId}/indicators/${indicatorId}`, { payload: { rating: "basically-completed", comment: "统计口径待统一" }, ifMatch: version });
    expect(response.statusCode, response.body).toBe(200);
    version = response.json().version;
    response = await call(server, evaluator, "PATCH", `/api/evaluations/${evaluationId}`, { payload: { overall: "规划总体推进有力。\n\n特殊教育仍是短板。" }, ifMatch: version });
    expect(response.statusCode, response.body).toBe(200);
    version = response.json().version;
    expect(response.json().progress).toMatchObject({ tasksScored: 2, indicatorsScored: 1 });
    // The list carries the same progress, so the office sees how far each evaluation is without opening it.
    const listed = (await call(server, leader, "GET", `/api/evaluations?planId=${plan.planId}`)).json().items;
    expect(listed.map((item: { id: string; progress: unknown }) => [item.id, item.progress])).toEqual([
      [evaluationId, { tasks: 3, tasksScored: 2, indicators: 1, indicatorsScored: 1 }],
    ]);
  });

  it("generates the report as .docx, .pdf and .xlsx from live data, with a safe file name", async () => {
    const docx = await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}/report.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    const disposition = String(docx.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="evaluation-final-2020-12-31\.docx"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/);
    expect(decodeURIComponent(disposition.split("''")[1])).toBe("《坡头区“十三五”残疾人事业发展规划》终期评估报告.docx");
    const document = strFromU8(unzipSync(docx.rawPayload)["word/document.xml"]);
    for (const text of ["终期评估报告", "湛江某第三方评估中心", "发展特殊教育", "特教学校未建成", "尚未评分", "特殊教育仍是短板", "残疾儿童少年义务教育入学率", "统计口径待统一"]) {
      expect(document, text).toContain(text);
    }
    const pdf = await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const xlsx = await call(server, leader, "GET", `/api/evaluations/${evaluationId}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const strings = strFromU8(unzipSync(xlsx.rawPayload)["xl/sharedStrings.xml"]);
    expect(strings).toContain("发展特殊教育");
    // The overdue list as of the evaluation date holds task 2's lead unit.
    expect(strings).toContain("区教育局");
  });

  it("publishes only when every task is scored, and is read-only once published", async () => {
    const incomplete = await call(server, office, "POST", `/api/evaluations/${evaluationId}/publish`, { ifMatch: version });
    expect(incomplete.statusCode).toBe(409);
    expect(incomplete.json().code).toBe("EVALUATION_INCOMPLETE");
    const detail = (await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}`)).json();
    const t3 = detail.tasks[2].taskId as string;
    version = (await put(evaluator, `/api/evaluations/${evaluationId}/tasks/${t3}`, { payload: { rating: "basically-completed" }, ifMatch: version })).json().version;
    expect((await call(server, evaluator, "POST", `/api/evaluations/${evaluationId}/publish`, { ifMatch: version })).statusCode).toBe(403);
    const published = await call(server, office, "POST", `/api/evaluations/${evaluationId}/publish`, { ifMatch: version });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ state: "published", publishedAt: expect.any(String) });
    version = published.json().version;
    const locked = await put(evaluator, `/api/evaluations/${evaluationId}/tasks/${t3}`, { payload: { rating: "completed" }, ifMatch: version });
    expect(locked.statusCode).toBe(409);
    const audit = (await server.ctx.db.execute(sql`SELECT action FROM audit_events WHERE object_id = ${evaluationId}`)) as unknown as { rows: { action: string }[] };
    expect(new Set(audit.rows.map((r) => r.action))).toEqual(new Set(["evaluation.create", "evaluation.score", "evaluation.update", "evaluation.publish"]));
    const back = await call(server, office, "POST", `/api/evaluations/${evaluationId}/unpublish`, { ifMatch: version });
    expect(back.json()).toMatchObject({ state: "draft", publishedAt: null });
  });

  it("runs an annual review of one year with the same generator", async () => {
    const response = await call(server, office, "POST", "/api/evaluations", { payload: { planId: plan.planId, kind: "annual", year: 2019, asOf: "2019-12-31", evaluatorOrg: "坡头区残工委办公室" } });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().indicatorYear).toBe(2019);
    const docx = await call(server, office, "GET", `/api/evaluations/${response.json().id}/report.docx`);
    expect(strFromU8(unzipSync(docx.rawPayload)["word/document.xml"])).toContain("2019年度检查");
  });
});
