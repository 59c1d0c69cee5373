import { readFileSync } from "node:fs";
import { inArray, sql } from "drizzle-orm";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents } from "../../src/db/schema/index";
import type { PlanDetailDto, PlanImportConfirmDto, PlanImportPreviewDto } from "../../src/plans/plan.schemas";
import { loginCookie, startTestServer, type TestServer } from "../support/server";

const SEEDS = new URL("../fixtures/plans/seeds/", import.meta.url);
const seed = (name: string) => readFileSync(new URL(name, SEEDS));
const SEED_004 = "004_4c59c97df8a0ccea.txt";
const SEED_003_DOCX = "docx/003_d966c64b69590850.docx";
const LINZI = "370305";
const SHAPINGBA = "500106";

/** A multipart/form-data body as a browser sends it: text fields first, then the one file. */
export function multipartBody(fields: Record<string, string>, file?: { name: string; bytes: Uint8Array; type?: string }) {
  const boundary = `----xk${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? "application/octet-stream"}\r\n\r\n`,
      ),
      Buffer.from(file.bytes),
      Buffer.from("\r\n"),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  const { username, password } = await server.createUser({ roles: ["office"], regionCode: LINZI });
  cookie = await loginCookie(server.app, username, password);
});
afterAll(async () => server?.close());

async function preview(name: string, bytes: Uint8Array, regionCode = LINZI, as = cookie) {
  const body = multipartBody({ regionCode }, { name, bytes });
  return server.app.inject({ method: "POST", url: "/api/plans/import/preview", headers: { ...body.headers, cookie: as }, payload: body.payload });
}

async function confirm(name: string, bytes: Uint8Array, payload: unknown, as = cookie) {
  const body = multipartBody({ payload: JSON.stringify(payload) }, { name, bytes });
  return server.app.inject({ method: "POST", url: "/api/plans/import/confirm", headers: { ...body.headers, cookie: as }, payload: body.payload });
}

/** The confirm payload a user sends after accepting the preview, creating every unknown unit under its suggested name. */
function acceptAll(p: PlanImportPreviewDto): PlanImportConfirmDto {
  const unitMapping: PlanImportConfirmDto["unitMapping"] = {};
  for (const unit of p.units) {
    if (unit.status === "unknown") unitMapping[unit.nameAsWritten] = { create: { name: unit.suggestedNames[0] ?? unit.nameAsWritten, kind: unit.suggestedKind } };
  }
  return {
    regionCode: p.regionCode,
    sha256: p.sha256,
    settings: p.settings,
    tasks: p.tasks.map(({ no, parent, content, lead, partners, scheduleRaw }) => ({ no, parent, content, lead, partners, scheduleRaw })),
    unitMapping,
  };
}

describe("plan import preview", () => {
  it("parses a seed, resolves its units against the region and derives milestones, writing nothing", async () => {
    await server.createUnit({ regionCode: LINZI, name: "区民政局" });
    await server.createUnit({ regionCode: LINZI, name: "区卫生健康局" });
    const response = await preview("临淄区规划.txt", seed(SEED_004));
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PlanImportPreviewDto>();
    expect(body.fileName).toBe("临淄区规划.txt");
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(body.duplicateOfPlanId).toBeNull();
    expect(body.extraction.title).toContain("临淄区");
    expect(body.settings).toMatchObject({ periodStart: 2016, periodEnd: 2020, reportingCycle: "quarter", warningDays: 15 });
    expect(body.tasks.length).toBe(35);
    expect(body.indicators.length).toBe(12);
    expect(body.tasks.every((task) => task.milestones.length > 0 || task.scheduleItems.some((item) => item.type === "external"))).toBe(true);
    const exact = body.units.find((unit) => unit.nameAsWritten === "区民政局");
    expect(exact).toMatchObject({ status: "exact", unitName: "区民政局" });
    const unknown = body.units.filter((unit) => unit.status === "unknown");
    expect(unknown.length).toBeGreaterThan(0);
    const flagged = body.tasks.find((task) => task.warnings.some((warning) => warning.code === "UNIT_UNKNOWN"));
    expect(flagged?.warnings[0].message).toContain("未识别的单位");
    const list = await server.app.inject({ method: "GET", url: "/api/plans", headers: { cookie } });
    expect(list.json().items).toEqual([]);
  });

  it("resolves an old department name through the renamed-department table", async () => {
    const body = (await preview("seed.txt", seed(SEED_004))).json<PlanImportPreviewDto>();
    expect(body.units.find((unit) => unit.nameAsWritten === "区卫计局")).toMatchObject({ status: "renamed", unitName: "区卫生健康局" });
    const poverty = body.units.find((unit) => unit.nameAsWritten === "区扶贫办");
    expect(poverty?.status).toBe("unknown");
    expect(poverty?.suggestedNames[0]).toBe("区乡村振兴局");
  });

  it("reads a .docx seed with its two-level table", async () => {
    const national = await server.createUser({ roles: ["office"], regionCode: "000000" });
    const nationalCookie = await loginCookie(server.app, national.username, national.password);
    const response = await preview("惠残2020工程.docx", seed(SEED_003_DOCX), SHAPINGBA, nationalCookie);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<PlanImportPreviewDto>();
    expect(body.tasks.length).toBe(90);
    const project = body.tasks.find((task) => task.no === "1");
    expect(project?.milestones).toEqual([]);
    const child = body.tasks.find((task) => task.no === "1.3");
    expect(child?.milestones.map((m) => m.due)).toEqual(["2020-04-30", "2020-09-30"]);
  });

  it("answers 404 for a region outside the user's scope and 403 without plan.import", async () => {
    expect((await preview("seed.txt", seed(SEED_004), SHAPINGBA)).statusCode).toBe(404);
    const unit = await server.createUnit({ regionCode: LINZI, name: "区残联" });
    const liaison = await server.createUser({ roles: ["liaison"], regionCode: LINZI, unitId: unit.id });
    const liaisonCookie = await loginCookie(server.app, liaison.username, liaison.password);
    expect((await preview("seed.txt", seed(SEED_004), LINZI, liaisonCookie)).statusCode).toBe(403);
  });
});

describe("bad files through the API", () => {
  const cases: { name: string; bytes: () => Uint8Array; status: number; code: string; text: string }[] = [
    { name: "old.doc", bytes: () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600, 1)]), status: 415, code: "PLAN_FILE_UNSUPPORTED", text: ".docx" },
    { name: "plan.pdf", bytes: () => Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"), status: 415, code: "PLAN_FILE_UNSUPPORTED", text: "PDF" },
    { name: "renamed.docx", bytes: () => Buffer.from("%PDF-1.4\n..."), status: 415, code: "PLAN_FILE_UNSUPPORTED", text: "PDF" },
    { name: "empty.txt", bytes: () => new Uint8Array(0), status: 422, code: "PLAN_FILE_EMPTY", text: "文件为空" },
    { name: "blank.txt", bytes: () => Buffer.from("  \r\n\r\n "), status: 422, code: "PLAN_FILE_EMPTY", text: "文件为空" },
    { name: "noise.txt", bytes: () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), status: 415, code: "PLAN_FILE_UNSUPPORTED", text: "二进制" },
    { name: "notes.txt", bytes: () => Buffer.from("关于做好残疾人工作的通知\n\n各单位：请认真做好有关工作。\n"), status: 422, code: "PLAN_NO_TASK_TABLE", text: "未找到任务分工表" },
    { name: "cut.docx", bytes: () => seed(SEED_003_DOCX).subarray(0, 3000), status: 422, code: "PLAN_FILE_UNREADABLE", text: "文件" },
    { name: "bomb.docx", bytes: () => zipSync({ "[Content_Types].xml": new Uint8Array(10), "word/document.xml": new Uint8Array(120 * 1024 * 1024) }, { level: 9 }), status: 413, code: "PLAN_FILE_TOO_LARGE", text: "解压" },
    { name: "huge.txt", bytes: () => Buffer.alloc(21 * 1024 * 1024, 0x41), status: 413, code: "PLAN_FILE_TOO_LARGE", text: "20 MB" },
  ];
  for (const testCase of cases) {
    it(`${testCase.name} → ${testCase.status} ${testCase.code}`, async () => {
      const response = await preview(testCase.name, testCase.bytes());
      expect(response.statusCode, response.body).toBe(testCase.status);
      const body = response.json<{ code: string; message: string; messageEn: string }>();
      expect(body.code).toBe(testCase.code);
      expect(body.message).toContain(testCase.text);
      expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    });
  }

  it("refuses a request that is not multipart with 415, and a multipart without a file with 400", async () => {
    const json = await server.app.inject({ method: "POST", url: "/api/plans/import/preview", headers: { cookie }, payload: { regionCode: LINZI } });
    expect(json.statusCode).toBe(415);
    const body = multipartBody({ regionCode: LINZI });
    const noFile = await server.app.inject({ method: "POST", url: "/api/plans/import/preview", headers: { ...body.headers, cookie }, payload: body.payload });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().message).toContain("请选择");
  });
});

describe("plan import confirm", () => {
  let planId = "";
  let previewBody: PlanImportPreviewDto;

  beforeAll(async () => {
    previewBody = (await preview("临淄区规划.txt", seed(SEED_004))).json<PlanImportPreviewDto>();
  });

  it("refuses unknown keys, empty content (naming the row) and unmapped unknown units with 400", async () => {
    const payload = acceptAll(previewBody);
    const extra = await confirm("临淄区规划.txt", seed(SEED_004), { ...payload, sneaky: true });
    expect(extra.statusCode).toBe(400);
    const extraRow = await confirm("临淄区规划.txt", seed(SEED_004), { ...payload, tasks: [{ ...payload.tasks[0], id: "x" }, ...payload.tasks.slice(1)] });
    expect(extraRow.statusCode).toBe(400);

    const tasks = payload.tasks.map((task, index) => (index === 2 ? { ...task, content: "   " } : task));
    const empty = await confirm("临淄区规划.txt", seed(SEED_004), { ...payload, tasks });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toContain(`第 3 行（序号 ${payload.tasks[2].no}）任务内容为空`);

    const unmapped = await confirm("临淄区规划.txt", seed(SEED_004), { ...payload, unitMapping: {} });
    expect(unmapped.statusCode).toBe(400);
    expect(unmapped.json().code).toBe("PLAN_UNITS_UNMAPPED");
    const unknownNames = previewBody.units.filter((unit) => unit.status === "unknown").map((unit) => unit.nameAsWritten);
    expect(unmapped.json().details.names).toEqual(unknownNames);

    const otherFile = await confirm("临淄区规划.txt", seed("000_3968c860e068e577.txt"), payload);
    expect(otherFile.statusCode).toBe(400);
    expect((await server.app.inject({ method: "GET", url: "/api/plans", headers: { cookie } })).json().items).toEqual([]);
  });

  it("creates the plan, file, tasks, units and milestones in one go, with edits and a mapped unit", async () => {
    const payload = acceptAll(previewBody);
    const unknown = previewBody.units.find((unit) => unit.status === "unknown")!;
    const minzheng = previewBody.units.find((unit) => unit.nameAsWritten === "区民政局")!;
    payload.unitMapping![unknown.nameAsWritten] = minzheng.unitId!;
    payload.tasks[0] = { ...payload.tasks[0], content: "修改后的任务内容", scheduleRaw: "2018年6月底前" };
    const response = await confirm("临淄区规划.txt", seed(SEED_004), payload);
    expect(response.statusCode, response.body).toBe(201);
    const result = response.json<{ planId: string; tasks: number; milestones: number; unitsCreated: number }>();
    expect(result.tasks).toBe(35);
    expect(result.milestones).toBeGreaterThan(35);
    expect(result.unitsCreated).toBeGreaterThan(0);
    planId = result.planId;

    const detail = await server.app.inject({ method: "GET", url: `/api/plans/${planId}`, headers: { cookie } });
    expect(detail.statusCode).toBe(200);
    const plan = detail.json<PlanDetailDto>();
    expect(plan.tasks.length).toBe(35);
    expect(plan.indicators.length).toBe(12);
    expect(plan.tasks[0].content).toBe("修改后的任务内容");
    expect(plan.tasks[0].milestones).toEqual([expect.objectContaining({ due: "2018-06-30", kind: "deadline" })]);
    const mapped = plan.tasks.flatMap((task) => [task.lead, ...task.partners]).find((unit) => unit?.nameAsWritten === unknown.nameAsWritten);
    expect(mapped?.name).toBe("区民政局");
    expect(plan.tasks.every((task) => task.lead !== null)).toBe(true);
    expect(detail.headers.etag).toBe('"1"');

    const units = (await server.app.inject({ method: "GET", url: `/api/units?regionCode=${LINZI}`, headers: { cookie } })).json<{ items: { name: string; aliases: string[] }[] }>();
    // 区扶贫办 was created under today's name, its old name kept as an alias; 区卫计局 landed on 区卫生健康局.
    expect(units.items.find((unit) => unit.name === "区乡村振兴局")?.aliases).toEqual(["区扶贫办"]);
    const health = plan.tasks.flatMap((task) => [task.lead, ...task.partners]).find((unit) => unit?.nameAsWritten === "区卫计局");
    expect(health?.name).toBe("区卫生健康局");

    const list = (await server.app.inject({ method: "GET", url: "/api/plans", headers: { cookie } })).json();
    expect(list.items).toEqual([expect.objectContaining({ id: planId, taskCount: 35, regionName: "临淄区", regionIsDemo: false, status: "active" })]);
  });

  it("records the import in the audit trail in the same transaction", async () => {
    const events = await server.database.owner.db
      .select({ action: auditEvents.action, object_id: auditEvents.objectId })
      .from(auditEvents)
      .where(inArray(auditEvents.action, ["plan.import", "unit.create"]));
    expect(events.filter((event) => event.action === "plan.import").map((event) => event.object_id)).toEqual([planId]);
    expect(events.some((event) => event.action === "unit.create")).toBe(true);
  });

  it("detects the same file uploaded again and offers the existing plan", async () => {
    const again = await preview("改了名字.txt", seed(SEED_004));
    expect(again.json<PlanImportPreviewDto>().duplicateOfPlanId).toBe(planId);
    const twice = await confirm("改了名字.txt", seed(SEED_004), acceptAll(again.json()));
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: "PLAN_DUPLICATE", details: { planId } });
    expect(twice.json().message).toContain("该文件已导入");
  });

  it("serves the original file byte for byte with a safe Content-Disposition", async () => {
    const response = await server.app.inject({ method: "GET", url: `/api/plans/${planId}/file`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(Buffer.compare(response.rawPayload, seed(SEED_004))).toBe(0);
    const disposition = String(response.headers["content-disposition"]);
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(disposition).toContain(encodeURIComponent("临淄区规划.txt"));
  });

  it("hides another region's plan behind 404", async () => {
    const other = await server.createUser({ roles: ["office"], regionCode: SHAPINGBA });
    const otherCookie = await loginCookie(server.app, other.username, other.password);
    expect((await server.app.inject({ method: "GET", url: `/api/plans/${planId}`, headers: { cookie: otherCookie } })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "GET", url: `/api/plans/${planId}/file`, headers: { cookie: otherCookie } })).statusCode).toBe(404);
    expect((await server.app.inject({ method: "GET", url: "/api/plans", headers: { cookie: otherCookie } })).json().items).toEqual([]);
  });

  it("edits settings on the current version only, re-deriving cycle milestones when the reporting cycle changes", async () => {
    const url = `/api/plans/${planId}`;
    expect((await server.app.inject({ method: "PATCH", url, headers: { cookie }, payload: { title: "新标题" } })).statusCode).toBe(428);
    const before = (await server.app.inject({ method: "GET", url, headers: { cookie } })).json<PlanDetailDto>();
    const cycleCount = (plan: PlanDetailDto) => plan.tasks.flatMap((task) => task.milestones).filter((m) => m.kind === "cycle").length;
    const quarterly = cycleCount(before);
    expect(quarterly).toBeGreaterThan(0);
    const changed = await server.app.inject({ method: "PATCH", url, headers: { cookie, "if-match": '"1"' }, payload: { title: "新标题", reportingCycle: "half-year" } });
    expect(changed.statusCode, changed.body).toBe(200);
    const after = changed.json<PlanDetailDto>();
    expect(after.title).toBe("新标题");
    expect(after.version).toBe(2);
    expect(cycleCount(after)).toBe(quarterly / 2);
    const deadlines = (plan: PlanDetailDto) => plan.tasks.flatMap((task) => task.milestones).filter((m) => m.kind !== "cycle").length;
    expect(deadlines(after)).toBe(deadlines(before));
    const stale = await server.app.inject({ method: "PATCH", url, headers: { cookie, "if-match": '"1"' }, payload: { warningDays: 10 } });
    expect(stale.statusCode).toBe(412);
    const unknownKey = await server.app.inject({ method: "PATCH", url, headers: { cookie, "if-match": '"2"' }, payload: { periodStart: 2000 } });
    expect(unknownKey.statusCode).toBe(400);
  });
});

describe("task chapters", () => {
  it("labels grouped tasks with their top-level group at import, and the backfill migration gives the same labels", async () => {
    const national = await server.createUser({ roles: ["office"], regionCode: "000000" });
    const nationalCookie = await loginCookie(server.app, national.username, national.password);
    const bytes = seed(SEED_003_DOCX);
    const previewed = (await preview("惠残2020工程.docx", bytes, SHAPINGBA, nationalCookie)).json<PlanImportPreviewDto>();
    const confirmed = await confirm("惠残2020工程.docx", bytes, acceptAll(previewed), nationalCookie);
    expect(confirmed.statusCode, confirmed.body).toBe(201);
    const planId = confirmed.json<{ planId: string }>().planId;
    const chapters = async () =>
      ((await server.ctx.db.execute(sql`SELECT no, chapter FROM tasks WHERE plan_id = ${planId} ORDER BY seq`)) as unknown as { rows: { no: string; chapter: string | null }[] }).rows;
    const imported = await chapters();
    expect(imported.find((t) => t.no === "1.3")?.chapter).toBe("1 康复机构服务能力建设");
    expect(imported.find((t) => t.no === "1")?.chapter).toBe("1 康复机构服务能力建设");
    expect(imported.every((t) => t.chapter !== null)).toBe(true);

    await server.ctx.db.execute(sql`UPDATE tasks SET chapter = NULL WHERE plan_id = ${planId}`);
    const migration = readFileSync(new URL("../../src/db/migrations/0005_task_chapters.sql", import.meta.url), "utf8");
    await server.ctx.db.execute(sql.raw(migration));
    expect(await chapters()).toEqual(imported);
  });
});
