import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { APIRequestContext, Browser, BrowserContext, Page } from "playwright-core";
import type { PlanImportConfirmDto, PlanImportPreviewDto, PlanImportResultDto } from "../../src/plans/plan.schemas";
import { insertPlan } from "../api/supervision-factory";
import { loginCookie, startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";
import { login, shot } from "./support/pages";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const LINZI = "370305";
const OFFICE = { username: "linzi-office", password: "Zibo-Duban-2019!", displayName: "临淄区残工委办公室" };
/** 临淄区 2016–2020 plan: 35 tasks and 12 indicators. */
const SEED_004 = fileURLToPath(new URL("../fixtures/plans/seeds/004_4c59c97df8a0ccea.txt", import.meta.url));
const INDICATOR = "残疾人基本康复服务覆盖率";
const HIDDEN_TITLE = "未公开的内部规划";
const PROGRESS_TEXT = "已将 126 户符合条件的残疾人家庭纳入低保，咨询电话 13812345678。";
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const VIEWPORT = { width: 1366, height: 768 };


/** Imports seed 004 through the API as the office does in the wizard, creating every unknown unit. */
async function importSeed(request: APIRequestContext, baseUrl: string): Promise<string> {
  const file = { name: "临淄区残疾人事业发展规划.txt", mimeType: "text/plain", buffer: readFileSync(SEED_004) };
  const previewResponse = await request.post(`${baseUrl}/api/plans/import/preview`, { multipart: { regionCode: LINZI, file } });
  expect(previewResponse.status(), await previewResponse.text()).toBe(200);
  const preview = (await previewResponse.json()) as PlanImportPreviewDto;
  const unitMapping: PlanImportConfirmDto["unitMapping"] = {};
  for (const unit of preview.units) {
    if (unit.status === "unknown") unitMapping[unit.nameAsWritten] = { create: { name: unit.suggestedNames[0] ?? unit.nameAsWritten, kind: unit.suggestedKind } };
  }
  const payload: PlanImportConfirmDto = {
    regionCode: preview.regionCode,
    sha256: preview.sha256,
    settings: preview.settings,
    tasks: preview.tasks.map(({ no, parent, content, lead, partners, scheduleRaw }) => ({ no, parent, content, lead, partners, scheduleRaw })),
    unitMapping,
  };
  const confirmed = await request.post(`${baseUrl}/api/plans/import/confirm`, { multipart: { payload: JSON.stringify(payload), file } });
  expect(confirmed.ok(), await confirmed.text()).toBe(true);
  return ((await confirmed.json()) as PlanImportResultDto).planId;
}

/** One accepted figure, so that the public indicator table has a value and a status to show. */
async function acceptIndicatorValue(request: APIRequestContext, baseUrl: string, planId: string): Promise<void> {
  const list = (await (await request.get(`${baseUrl}/api/plans/${planId}/indicators`)).json()) as { items: { id: string; name: string; isRate: boolean }[] };
  const indicator = list.items.find((item) => item.name.includes(INDICATOR));
  if (!indicator) throw new Error(`${INDICATOR} not among ${list.items.map((item) => item.name).join(", ")}`);
  const figure = indicator.isRate ? { numerator: 880, denominator: 1000 } : { value: 88 };
  let value = await request.post(`${baseUrl}/api/indicators/${indicator.id}/values`, { data: { regionCode: LINZI, year: 2018, ...figure } });
  expect(value.status(), await value.text()).toBe(201);
  for (const step of ["submit", "accept"]) {
    const { id, version } = (await value.json()) as { id: string; version: number };
    value = await request.post(`${baseUrl}/api/indicator-values/${id}/${step}`, { headers: { "If-Match": `"${version}"` } });
    expect(value.status(), await value.text()).toBe(200);
  }
}

/**
 * 区民政局, lead unit of task 1, reports its first milestone and the office accepts it: the public sees
 * that text (with the phone number typed into it masked). Drafts never reach the portal.
 */
async function acceptProgressReport(server: TestServer, office: APIRequestContext, planId: string): Promise<void> {
  const baseUrl = server.baseUrl;
  const units = (await (await office.get(`${baseUrl}/api/units?regionCode=${LINZI}`)).json()) as { items: { id: string; name: string }[] };
  const unitId = units.items.find((unit) => unit.name === "区民政局")?.id;
  if (!unitId) throw new Error("区民政局 not imported");
  const liaison = await server.createUser({ roles: ["liaison"], regionCode: LINZI, unitId, displayName: "民政联络员" });
  const cookie = await loginCookie(server.app, liaison.username, liaison.password);
  const plan = (await (await office.get(`${baseUrl}/api/plans/${planId}`)).json()) as { tasks: { id: string; no: string }[] };
  const taskId = plan.tasks.find((task) => task.no === "1")?.id;
  const reports = await server.app.inject({ method: "GET", url: `/api/reports?taskId=${taskId}&unitId=${unitId}&limit=200`, headers: { cookie } });
  const report = (reports.json() as { items: { id: string; due: string; version: number }[] }).items.sort((a, b) => a.due.localeCompare(b.due))[0];
  const write = (method: "PATCH" | "POST", url: string, version: number, payload?: object) =>
    server.app.inject({ method, url, headers: { cookie, "if-match": `"${version}"` }, ...(payload ? { payload } : {}) });
  let body = (await write("PATCH", `/api/reports/${report.id}`, report.version, { progress: "in-progress", narrative: PROGRESS_TEXT })).json() as { version: number };
  const submitted = await write("POST", `/api/reports/${report.id}/submit`, body.version);
  expect(submitted.statusCode, submitted.body).toBe(200);
  body = submitted.json() as { version: number };
  const accepted = await office.post(`${baseUrl}/api/reports/${report.id}/accept`, { headers: { "If-Match": `"${body.version}"` } });
  expect(accepted.status(), await accepted.text()).toBe(200);
}

/** An evaluation with every task scored, published; returns its id. */
async function publishEvaluation(request: APIRequestContext, baseUrl: string, planId: string): Promise<string> {
  const created = await request.post(`${baseUrl}/api/evaluations`, { data: { planId, kind: "mid-term", asOf: "2018-12-31", evaluatorOrg: "淄博市残疾人事业评估中心" } });
  expect(created.status(), await created.text()).toBe(201);
  let body = (await created.json()) as { id: string; version: number; tasks: { taskId: string }[] };
  for (const task of body.tasks) {
    const scored = await request.put(`${baseUrl}/api/evaluations/${body.id}/tasks/${task.taskId}`, {
      data: { rating: "basically-completed", comment: "按计划推进。" },
      headers: { "If-Match": `"${body.version}"` },
    });
    expect(scored.status(), await scored.text()).toBe(200);
    body = (await scored.json()) as typeof body;
  }
  const patched = await request.patch(`${baseUrl}/api/evaluations/${body.id}`, { data: { overall: "规划实施总体顺利。\n\n康复服务覆盖率接近目标。" }, headers: { "If-Match": `"${body.version}"` } });
  body = (await patched.json()) as typeof body;
  const published = await request.post(`${baseUrl}/api/evaluations/${body.id}/publish`, { headers: { "If-Match": `"${body.version}"` } });
  expect(published.status(), await published.text()).toBe(200);
  return body.id;
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) on the page; any violation fails with its rule ids and targets. */
async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
  });
  if (violations.length > 0) console.error(`axe violations on ${label}:\n${violations.map((v) => `  ${v.id} (${v.help}): ${v.targets.join(" | ")}`).join("\n")}`);
  expect(violations.map((v) => `${v.id}: ${v.targets.join(" | ")}`), label).toEqual([]);
}

/** The focused element's visible focus indicator: an outline of at least 2px, or a box shadow. */
async function focusStyle(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused || focused === document.body) return null;
    // antd's segmented options focus a zero-size radio input; the ring must then be on its visible label.
    const hidden = focused.getBoundingClientRect().width <= 2;
    const element = hidden ? (focused.closest("label") ?? focused) : focused;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName,
      text: (element.textContent ?? "").trim().slice(0, 40),
      label: focused.getAttribute("aria-label") ?? "",
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      boxShadow: style.boxShadow,
      visible: box.width > 2 && box.height > 2,
    };
  });
}


describe.runIf(chromiumAvailable())("public portal in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let office: Page;
  let reader: BrowserContext;
  let planId: string;
  let hiddenPlanId: string;
  let evaluationId: string;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    server.clock.set("2019-03-15T02:00:00Z");
    await server.createUser({ ...OFFICE, roles: ["office"], regionCode: LINZI });
    browser = await launchChromium();
    office = await (await browser.newContext({ locale: "zh-CN", viewport: VIEWPORT })).newPage();
    mkdirSync("test-results", { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("the office publishes a plan with the button; an anonymous reader finds it, its tasks, indicators and evaluation; unpublished plans stay 404", async () => {
    onTestFailed(async () => {
      await office.screenshot({ path: "test-results/portal-failed-office.png" }).catch(() => {});
      for (const [i, page] of (reader?.pages() ?? []).entries()) await page.screenshot({ path: `test-results/portal-failed-reader-${i}.png` }).catch(() => {});
    });
    await login(office, server.baseUrl, OFFICE);
    planId = await importSeed(office.request, server.baseUrl);
    const unit = await server.createUnit({ regionCode: LINZI, name: "内部测试单位" });
    hiddenPlanId = (await insertPlan(server, { regionCode: LINZI, title: HIDDEN_TITLE, tasks: [{ units: [unit.id], dues: ["2019-06-30"] }] })).planId;
    await acceptIndicatorValue(office.request, server.baseUrl, planId);
    await acceptProgressReport(server, office.request, planId);

    // The office publishes from the plan's page, after a confirmation.
    await office.goto(`${server.baseUrl}/plans/${planId}`);
    const control = office.getByTestId("plan-publish-control");
    await control.getByText("未公开").waitFor();
    await control.getByRole("button", { name: "发布到公开门户" }).click();
    const dialog = office.getByRole("dialog").filter({ hasText: "发布到公开门户？" });
    await dialog.getByRole("button", { name: "确认发布" }).click();
    await control.getByText("已公开（2019-03-15 发布）").waitFor();
    await control.getByRole("button", { name: "撤销发布" }).waitFor();
    await shot(office, "portal-office-published", { settleMs: 300 });
    evaluationId = await publishEvaluation(office.request, server.baseUrl, planId);

    // A fresh anonymous reader: no cookie at all.
    reader = await browser.newContext({ locale: "zh-CN", viewport: VIEWPORT, bypassCSP: true });
    expect(await reader.cookies()).toEqual([]);
    const page = await reader.newPage();
    await page.goto(`${server.baseUrl}/public`);
    await page.getByRole("heading", { level: 1, name: "残疾人事业发展规划信息公开" }).waitFor();
    expect(await page.title()).toBe("残疾人事业发展规划信息公开");
    const plans = page.getByRole("table", { name: /已公开的规划/ });
    const planLink = plans.getByRole("link", { name: /临淄区/ });
    await planLink.waitFor();
    expect(await plans.getByText(HIDDEN_TITLE).count()).toBe(0);
    await expect.poll(() => plans.locator("tbody tr.ant-table-row").count()).toBe(1);
    await page.getByRole("table", { name: /已公开的评估报告/ }).getByRole("link", { name: /中期评估/ }).waitFor();
    await shot(page, "portal-home", { settleMs: 300 });

    await planLink.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(`**/public/plans/${planId}`);
    // Following a link moves focus to the new page's content, not back to the top of the document.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("public-main");
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(title).toContain("临淄区");
    expect(await page.title()).toBe(`${title} - 残疾人事业发展规划信息公开`);
    await page.getByTestId("public-status-summary").getByText(/共 35 项任务/).waitFor();
    await page.getByRole("img", { name: /共 35 项任务/ }).waitFor();
    const tasks = page.getByRole("table", { name: /任务分工与进展/ });
    await expect.poll(() => tasks.locator("tbody tr.ant-table-row").count()).toBe(35);
    // Search and the status filter narrow the table; the count says so in words.
    const firstTask = tasks.locator("tbody tr.ant-table-row").first();
    await firstTask.getByText("已将 126 户符合条件的残疾人家庭纳入低保，咨询电话 138********。").waitFor();
    expect(await page.getByText("13812345678").count()).toBe(0);
    await page.getByLabel("查找任务").fill("无障碍");
    await expect.poll(() => tasks.locator("tbody tr.ant-table-row").count()).toBeLessThan(35);
    for (const row of await tasks.locator("tbody tr.ant-table-row").all()) expect(await row.textContent()).toContain("无障碍");
    await page.getByTestId("public-task-count").getByText(/共 35 项/).waitFor();
    await page.getByLabel("查找任务").fill("");
    // Nothing is reported by March 2019, so every task is overdue: the 逾期 filter keeps all, 已完成 none.
    const statusSelect = page.locator(".ant-select", { has: page.getByLabel("按状态筛选") });
    // A click on an option while the dropdown is still sliding in can miss on a loaded machine: try again.
    const filterBy = async (label: string) => {
      for (let attempt = 1; ; attempt++) {
        const open = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
        if ((await open.count()) === 0) await statusSelect.click();
        await open.locator(".ant-select-item-option", { hasText: label }).click({ timeout: 5_000 }).catch(() => {});
        await page.waitForTimeout(300);
        if ((await statusSelect.textContent())?.includes(label)) return;
        if (attempt === 5) throw new Error(`the status filter did not take ${label}`);
      }
    };
    await filterBy("逾期");
    await expect.poll(() => tasks.locator('tbody tr.ant-table-row .xk-status[data-status="red"]', { hasText: "逾期" }).count()).toBe(35);
    await filterBy("已完成");
    await expect.poll(() => tasks.locator("tbody tr.ant-table-row").count()).toBe(0);
    await tasks.getByText("没有符合条件的任务").waitFor();
    await page.getByTestId("public-task-count").getByText("显示 0 项，共 35 项").waitFor();
    await filterBy("全部状态");
    await expect.poll(() => tasks.locator("tbody tr.ant-table-row").count()).toBe(35);
    const indicators = page.getByRole("table", { name: /主要指标完成情况/ });
    const indicatorRow = indicators.locator("tbody tr", { hasText: INDICATOR });
    await indicatorRow.getByText("88 %").waitFor();
    expect(await indicators.locator("tbody tr.ant-table-row").count()).toBe(12);
    await page.getByRole("link", { name: "中期评估" }).waitFor();
    await shot(page, "portal-plan", { settleMs: 300 });
    await tasks.scrollIntoViewIfNeeded();
    await shot(page, "portal-plan-tasks", { settleMs: 300 });

    await page.goto(`${server.baseUrl}/public/evaluations/${evaluationId}`);
    await page.getByRole("heading", { level: 1, name: /中期评估/ }).waitFor();
    await page.getByRole("table", { name: "各单位任务完成情况" }).waitFor();
    await page.getByText("康复服务覆盖率接近目标。").waitFor();
    await page.getByRole("table", { name: /截至 2018-12-31 逾期的节点/ }).waitFor();
    const pdf = await page.request.get(new URL((await page.getByRole("link", { name: "下载评估报告（PDF）" }).getAttribute("href")) ?? "", server.baseUrl).toString());
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await shot(page, "portal-evaluation", { settleMs: 300 });

    // Unpublished and unknown plans: the same Chinese 404 page.
    for (const id of [hiddenPlanId, "00000000-0000-4000-8000-000000000000", "not-a-plan"]) {
      await page.goto(`${server.baseUrl}/public/plans/${id}`);
      await page.getByRole("heading", { level: 1, name: "页面不存在" }).waitFor();
      await page.getByText("您访问的规划或评估报告不存在，或尚未公开。").waitFor();
      expect(await page.getByText(HIDDEN_TITLE).count()).toBe(0);
    }
    await shot(page, "portal-not-found", { settleMs: 300 });
  });

  it("has no axe violations (WCAG 2.1 A/AA) on every public page in normal, high-contrast and extra-large modes", async () => {
    const page = await reader.newPage();
    const pages: [string, string][] = [
      ["home", "/public"],
      ["plan", `/public/plans/${planId}`],
      ["evaluation", `/public/evaluations/${evaluationId}`],
      ["not-found", `/public/plans/${hiddenPlanId}`],
    ];
    const modes = [
      { name: "normal", fontSize: "standard", contrast: "off" },
      { name: "high-contrast", fontSize: "standard", contrast: "on" },
      { name: "x-large", fontSize: "x-large", contrast: "off" },
      { name: "high-contrast-x-large", fontSize: "x-large", contrast: "on" },
    ];
    await page.goto(`${server.baseUrl}/public`);
    for (const mode of modes) {
      await page.evaluate(({ fontSize, contrast }) => {
        localStorage.setItem("xiaokang.public.fontSize", fontSize);
        localStorage.setItem("xiaokang.public.highContrast", contrast);
      }, mode);
      for (const [name, path] of pages) {
        await page.goto(`${server.baseUrl}${path}`);
        await page.getByRole("heading", { level: 1 }).waitFor();
        // The plan page loads its sections in parallel: wait until no loading status is left.
        await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((node) => node.textContent?.includes("正在加载")));
        expect(await page.locator(".xk-public").getAttribute("data-font-size")).toBe(mode.fontSize);
        expect(await page.locator(".xk-public-hc").count()).toBe(mode.contrast === "on" ? 1 : 0);
        if (name === "plan") await page.getByTestId("public-light-chart").locator("svg").waitFor();
        expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
        await expectNoAxeViolations(page, `${name} (${mode.name})`);
        if (mode.name !== "normal" && (name === "plan" || name === "home")) await shot(page, `portal-${name}-${mode.name}`, { settleMs: 300 });
      }
    }
  });

  it("is usable from the keyboard: skip link first, then the controls, each with a visible focus ring; the switches persist", async () => {
    const page = await reader.newPage();
    await page.goto(`${server.baseUrl}/public`);
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${server.baseUrl}/public/plans/${planId}`);
    await page.getByRole("heading", { level: 1 }).waitFor();

    await page.keyboard.press("Tab");
    const skip = await focusStyle(page);
    expect(skip).toMatchObject({ tag: "A", text: "跳到主要内容", outlineStyle: "solid", visible: true });
    expect(skip?.outlineWidth).toBeGreaterThanOrEqual(2);
    await shot(page, "portal-skip-link", { settleMs: 300 });

    const seen: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("Tab");
      const focused = await focusStyle(page);
      expect(focused, `tab stop ${i + 2}`).not.toBeNull();
      // A ring of at least 2px on the element itself, or (antd's hidden radio inputs) on their visible label.
      const ring = focused!.outlineStyle !== "none" && focused!.outlineWidth >= 2;
      expect(ring && focused!.visible, `focus ring on ${JSON.stringify(focused)}`).toBe(true);
      seen.push(`${focused!.tag}:${focused!.label || focused!.text}`);
    }
    console.info(`tab stops after the skip link: ${seen.join(" → ")}`);
    expect(seen.some((stop) => stop.includes("首页"))).toBe(true);
    // Switch groups are not stops of their own: their options are.
    expect(seen.filter((stop) => /^DIV:(界面语言|字号)/.test(stop))).toEqual([]);
    expect(seen.some((stop) => stop.includes("字号") || stop.includes("标准"))).toBe(true);

    // The skip link moves focus into the main content.
    await page.keyboard.press("Shift+Tab");
    await page.goto(`${server.baseUrl}/public/plans/${planId}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("public-main");

    // High contrast and the extra-large font, chosen from the keyboard, survive a reload.
    await page.getByLabel("高对比度").focus();
    await page.keyboard.press("Space");
    await page.locator(".xk-public-hc").waitFor();
    await page.getByRole("radio", { name: "特大" }).focus();
    await page.keyboard.press("Space");
    await expect.poll(() => page.locator(".xk-public").getAttribute("data-font-size")).toBe("x-large");
    await page.reload();
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.locator(".xk-public-hc").count()).toBe(1);
    expect(await page.locator(".xk-public").getAttribute("data-font-size")).toBe("x-large");
    expect(Number.parseFloat(await page.evaluate(() => getComputedStyle(document.querySelector(".xk-public-main h1")!).fontSize))).toBeCloseTo(24 * 1.6);

    // The language switch sets <html lang>, so screen readers change voice.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
    await page.getByText("English", { exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("link", { name: "Skip to main content" }).waitFor({ state: "attached" });
    await page.getByRole("heading", { level: 2, name: "Tasks and progress" }).waitFor();
    // The plan's own Chinese text stays marked Chinese inside the English interface.
    expect(await page.getByRole("heading", { level: 1 }).getAttribute("lang")).toBe("zh-CN");
    await shot(page, "portal-plan-english-high-contrast-x-large", { settleMs: 300 });
    await page.getByText("中文", { exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("zh-CN");
  });

  it("the office takes the plan back with 撤销发布: it and its evaluation leave the portal at once", async () => {
    await office.goto(`${server.baseUrl}/plans/${planId}`);
    const control = office.getByTestId("plan-publish-control");
    await control.getByRole("button", { name: "撤销发布" }).click();
    await office.getByRole("dialog").filter({ hasText: "撤销发布？" }).getByRole("button", { name: "确认撤销" }).click();
    await control.getByText("未公开").waitFor();
    await control.getByRole("button", { name: "发布到公开门户" }).waitFor();

    const page = await reader.newPage();
    for (const path of [`/public/plans/${planId}`, `/public/evaluations/${evaluationId}`]) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByRole("heading", { level: 1, name: "页面不存在" }).waitFor();
    }
    await page.goto(`${server.baseUrl}/public`);
    await page.getByText("暂无公开的规划").waitFor();
    await page.getByText("暂无公开的评估报告").waitFor();
  });
});
