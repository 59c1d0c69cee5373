import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zipSync, strToU8 } from "fflate";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { actor, call, insertPlan, multipartBody, reportOf, type Actor, type FactoryPlan } from "./supervision-factory";

const REGION = "440802";
let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let leadLiaison: Actor;
let partnerLiaison: Actor;
let strangerLiaison: Actor;
let lead: string;
let partner: string;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2018-03-01T02:00:00Z");
  lead = (await server.createUnit({ regionCode: REGION, name: "区民政局" })).id;
  partner = (await server.createUnit({ regionCode: REGION, name: "区财政局" })).id;
  const stranger = (await server.createUnit({ regionCode: REGION, name: "区教育局" })).id;
  plan = await insertPlan(server, { regionCode: REGION, tasks: [{ units: [lead, partner], dues: ["2018-03-31", "2018-06-30"] }, { units: [stranger], dues: ["2018-03-31"] }] });
  office = await actor(server, ["office"], "440800");
  leadLiaison = await actor(server, ["liaison"], REGION, lead);
  partnerLiaison = await actor(server, ["liaison"], REGION, partner);
  strangerLiaison = await actor(server, ["liaison"], REGION, stranger);
});
afterAll(async () => server?.close());

const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(200, 32), Buffer.from("\n%%EOF\n")]);

describe("reports", () => {
  it("opens one report per milestone and unit (lead + partners) with the last one final", async () => {
    const response = await call(server, office, "GET", `/api/reports?planId=${plan.planId}&limit=200`);
    expect(response.statusCode).toBe(200);
    const items = response.json().items as { role: string; isFinal: boolean; due: string }[];
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.role === "lead")).toHaveLength(3);
    expect(items.filter((i) => i.isFinal).map((i) => i.due).sort()).toEqual(["2018-03-31", "2018-06-30", "2018-06-30"]);
  });

  it("walks draft → submitted → returned → submitted → accepted; partners' texts beside the lead's", async () => {
    const task = plan.tasks[0];
    const partnerReport = await reportOf(server, partnerLiaison, task.taskId, partner, "2018-03-31");
    let response = await call(server, partnerLiaison, "PATCH", `/api/reports/${partnerReport.id}`, { payload: { progress: "in-progress", narrative: "配合单位已拨付资金" }, ifMatch: partnerReport.version });
    expect(response.statusCode, response.body).toBe(200);
    response = await call(server, partnerLiaison, "POST", `/api/reports/${partnerReport.id}/submit`, { ifMatch: response.json().version });
    expect(response.json().state).toBe("submitted");

    const leadReport = await reportOf(server, leadLiaison, task.taskId, lead, "2018-03-31");
    response = await call(server, leadLiaison, "GET", `/api/reports/${leadReport.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${leadReport.version}"`);
    expect(response.json().partners[0].narrative).toBe("配合单位已拨付资金");

    response = await call(server, leadLiaison, "PATCH", `/api/reports/${leadReport.id}`, { payload: { progress: "in-progress", narrative: "已完成摸底", figures: { 人数: 120 } }, ifMatch: leadReport.version });
    expect(response.statusCode, response.body).toBe(200);
    const upload = multipartBody("..\\..\\证明材料‮fdp.exe", pdf);
    response = await call(server, leadLiaison, "POST", `/api/reports/${leadReport.id}/evidence`, { payload: upload.payload, headers: upload.headers, ifMatch: response.json().version });
    expect(response.statusCode, response.body).toBe(201);
    const evidence = response.json().evidence;
    expect(evidence.contentType).toBe("application/pdf");
    expect(evidence.fileName).not.toMatch(/[\\/\u202e]/);
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
    response = await call(server, leadLiaison, "POST", `/api/reports/${leadReport.id}/submit`, { ifMatch: response.json().report.version });
    expect(response.json().state).toBe("submitted");

    const queue = await call(server, office, "GET", "/api/supervision/review-queue");
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(leadReport.id);
    expect(queue.json().items[0].partnersSubmitted).toBe(1);

    response = await call(server, office, "POST", `/api/reports/${leadReport.id}/return`, { payload: { reason: "缺少资金拨付凭证" }, ifMatch: response.json().version });
    expect(response.json()).toMatchObject({ state: "returned", returnReason: "缺少资金拨付凭证" });
    response = await call(server, leadLiaison, "POST", `/api/reports/${leadReport.id}/submit`, { ifMatch: response.json().version });
    expect(response.json().state).toBe("submitted");
    response = await call(server, office, "POST", `/api/reports/${leadReport.id}/accept`, { ifMatch: response.json().version });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ state: "accepted", acceptedOn: "2018-03-01" });
    const partnerAfter = await call(server, partnerLiaison, "GET", `/api/reports/${partnerReport.id}`);
    expect(partnerAfter.json().state).toBe("accepted");
  });

  it("refuses an edit after acceptance with 423 and changes nothing; the unlock is audited", async () => {
    const task = plan.tasks[0];
    const accepted = await reportOf(server, leadLiaison, task.taskId, lead, "2018-03-31");
    const before = (await call(server, leadLiaison, "GET", `/api/reports/${accepted.id}`)).json();
    const refused = await call(server, leadLiaison, "PATCH", `/api/reports/${accepted.id}`, { payload: { narrative: "改写" }, ifMatch: accepted.version });
    expect(refused.statusCode).toBe(423);
    expect(refused.json().code).toBe("REPORT_LOCKED");
    const upload = multipartBody("a.pdf", pdf);
    expect((await call(server, leadLiaison, "POST", `/api/reports/${accepted.id}/evidence`, { payload: upload.payload, headers: upload.headers, ifMatch: accepted.version })).statusCode).toBe(423);
    const after = (await call(server, leadLiaison, "GET", `/api/reports/${accepted.id}`)).json();
    expect(after).toEqual(before);
    // A liaison cannot unlock; the office can, with a reason, and the event is in the audit trail.
    expect((await call(server, leadLiaison, "POST", `/api/reports/${accepted.id}/unlock`, { payload: { reason: "x" }, ifMatch: accepted.version })).statusCode).toBe(403);
    const unlocked = await call(server, office, "POST", `/api/reports/${accepted.id}/unlock`, { payload: { reason: "数据有误需更正" }, ifMatch: accepted.version });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json()).toMatchObject({ state: "returned", acceptedOn: null });
    const events = (await server.ctx.db.execute(sql`SELECT action, actor_id AS "actorId" FROM audit_events WHERE object_id = ${accepted.id} ORDER BY seq`)) as unknown as { rows: { action: string; actorId: string }[] };
    const actions = events.rows.map((e) => e.action);
    expect(actions).toContain("report.accept");
    expect(actions[actions.length - 1]).toBe("report.unlock");
    expect(events.rows[events.rows.length - 1].actorId).toBe(office.userId);
    const edited = await call(server, leadLiaison, "PATCH", `/api/reports/${accepted.id}`, { payload: { narrative: "更正后的进展" }, ifMatch: unlocked.json().version });
    expect(edited.statusCode).toBe(200);
  });

  it("answers 428 without If-Match and 412 naming who changed it", async () => {
    const report = await reportOf(server, leadLiaison, plan.tasks[0].taskId, lead, "2018-06-30");
    expect((await call(server, leadLiaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "a" } })).statusCode).toBe(428);
    expect((await call(server, leadLiaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "a" }, ifMatch: report.version })).statusCode).toBe(200);
    const stale = await call(server, leadLiaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "b" }, ifMatch: report.version });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe("VERSION_CONFLICT");
    expect(stale.json().message).toMatch(/已被.+于.+修改/);
  });

  it("keeps other units out: 404 on read and write, and a partner cannot write the lead's report", async () => {
    const report = await reportOf(server, leadLiaison, plan.tasks[0].taskId, lead, "2018-06-30");
    expect((await call(server, strangerLiaison, "GET", `/api/reports/${report.id}`)).statusCode).toBe(404);
    expect((await call(server, strangerLiaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "x" }, ifMatch: report.version })).statusCode).toBe(404);
    expect((await call(server, partnerLiaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "x" }, ifMatch: report.version })).statusCode).toBe(404);
    const otherRegionOffice = await actor(server, ["office"], "230881");
    expect((await call(server, otherRegionOffice, "GET", `/api/reports/${report.id}`)).statusCode).toBe(404);
    expect((await call(server, otherRegionOffice, "GET", `/api/reports?planId=${plan.planId}`)).json().total).toBe(0);
    const leader = await actor(server, ["leader"], "440800");
    expect((await call(server, leader, "GET", `/api/reports/${report.id}`)).statusCode).toBe(200);
    expect((await call(server, leader, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "x" }, ifMatch: report.version })).statusCode).toBe(403);
  });

  it("checks evidence by content, not by name, and downloads it as an attachment", async () => {
    const report = await reportOf(server, leadLiaison, plan.tasks[0].taskId, lead, "2018-06-30");
    const exe = multipartBody("report.pdf", Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100)]), "application/pdf");
    const refused = await call(server, leadLiaison, "POST", `/api/reports/${report.id}/evidence`, { payload: exe.payload, headers: exe.headers, ifMatch: report.version });
    expect(refused.statusCode).toBe(415);
    expect(refused.json().code).toBe("FILE_TYPE_REJECTED");
    const html = multipartBody("a.png", Buffer.from("<html><script>alert(1)</script></html>"));
    expect((await call(server, leadLiaison, "POST", `/api/reports/${report.id}/evidence`, { payload: html.payload, headers: html.headers, ifMatch: report.version })).statusCode).toBe(415);
    const docx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "word/document.xml": strToU8("<w:document/>") });
    const named = multipartBody("进展 材料(1).txt", Buffer.from(docx));
    const ok = await call(server, leadLiaison, "POST", `/api/reports/${report.id}/evidence`, { payload: named.payload, headers: named.headers, ifMatch: report.version });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().evidence.contentType).toMatch(/wordprocessingml/);
    const download = await call(server, partnerLiaison, "GET", `/api/evidence/${ok.json().evidence.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toBe(`attachment; filename="__ __(1).txt"; filename*=UTF-8''${encodeURIComponent("进展")}%20${encodeURIComponent("材料")}%281%29.txt`);
    expect(Buffer.compare(download.rawPayload, Buffer.from(docx))).toBe(0);
    expect((await call(server, strangerLiaison, "GET", `/api/evidence/${ok.json().evidence.id}`)).statusCode).toBe(404);
  });

  it("refuses evidence over 20 MiB with 413", async () => {
    const report = await reportOf(server, leadLiaison, plan.tasks[0].taskId, lead, "2018-06-30");
    const big = multipartBody("big.pdf", Buffer.concat([pdf, Buffer.alloc(20 * 1024 * 1024 + 10)]));
    const response = await call(server, leadLiaison, "POST", `/api/reports/${report.id}/evidence`, { payload: big.payload, headers: big.headers, ifMatch: report.version });
    expect(response.statusCode).toBe(413);
  });

  it("reviews only lead reports and only submitted ones", async () => {
    const partnerReport = await reportOf(server, office, plan.tasks[0].taskId, partner, "2018-06-30");
    expect((await call(server, office, "POST", `/api/reports/${partnerReport.id}/accept`, { ifMatch: partnerReport.version })).json().code).toBe("NOT_LEAD_REPORT");
    const draft = await reportOf(server, office, plan.tasks[0].taskId, lead, "2018-06-30");
    const response = await call(server, office, "POST", `/api/reports/${draft.id}/accept`, { ifMatch: draft.version });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("INVALID_STATE");
  });
});
