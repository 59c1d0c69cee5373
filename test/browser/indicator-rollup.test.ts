import { mkdirSync, readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import type { PlanImportConfirmDto, PlanImportPreviewDto } from "../../src/plans/plan.schemas";
import { loginCookie, startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";
import { login, shot } from "./support/pages";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The words: "enter an indicator's values for two counties and see the city's roll-up and its light".
 * Seed 004 (临淄区 十三五 plan) is the one seed with an indicator table; it is imported into 湛江市, whose
 * counties 赤坎区 and 霞山区 report. Every figure asserted on screen is computed here from the numbers typed.
 */
const CITY = { code: "440800", name: "湛江市" };
const CHIKAN = "赤坎区";
const XIASHAN = "霞山区";
/** The other counties of 湛江市 in src/regions/seed-regions.ts: the roll-up must list them as missing. */
const MISSING = ["坡头区", "麻章区", "遂溪县", "徐闻县", "廉江市", "雷州市", "吴川市"];
const SEED_004 = new URL("../fixtures/plans/seeds/004_4c59c97df8a0ccea.txt", import.meta.url);
const OFFICE = { username: "zj-office", password: "Zhanjiang-Office-2020!", displayName: "湛江市残工委办公室" };
const COLLEAGUE = { username: "zj-wang", password: "Zhanjiang-Wang-2020!", displayName: "王科员" };
const LIAISON = { username: "zj-liaison", password: "Zhanjiang-Liaison-2020!", displayName: "民政局联络员" };
const LEADER = { username: "zj-leader", password: "Zhanjiang-Leader-2020!", displayName: "分管副市长" };
const YEAR = 2020;
const VIEWPORT = { width: 1366, height: 768 };

/** Binding (约束性) rate targets of seed 004, both "> 96%". */
const SUBSIDY = { no: "2", name: "困难残疾人生活补贴目标人群覆盖率", target: 96 };
const CARE = { no: "3", name: "重度残疾人护理补贴目标人群覆盖率", target: 96 };

/** The per cent shown on screen: one decimal, as the page formats a rate. */
const percent = (numerator: number, denominator: number) => `${((numerator / denominator) * 100).toFixed(1)}%`;

/** A multipart/form-data body as a browser sends it: text fields, then the file. */
function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const boundary = `----xk${randomBytes(8).toString("hex")}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n`),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return { payload: Buffer.concat(parts), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** Imports seed 004 into 湛江市 through the import API (preview, then confirm creating every unknown unit). */
async function importSeed(server: TestServer, cookie: string): Promise<string> {
  const bytes = readFileSync(SEED_004);
  const previewBody = multipart({ regionCode: CITY.code }, { name: "临淄区残疾人事业发展十三五规划.txt", bytes });
  const preview = await server.app.inject({ method: "POST", url: "/api/plans/import/preview", headers: { ...previewBody.headers, cookie }, payload: previewBody.payload });
  if (preview.statusCode !== 200) throw new Error(`preview: ${preview.statusCode} ${preview.body}`);
  const p = preview.json<PlanImportPreviewDto>();
  const unitMapping: PlanImportConfirmDto["unitMapping"] = {};
  for (const unit of p.units) {
    if (unit.status === "unknown") unitMapping[unit.nameAsWritten] = { create: { name: unit.suggestedNames[0] ?? unit.nameAsWritten, kind: unit.suggestedKind } };
  }
  const payload: PlanImportConfirmDto = {
    regionCode: p.regionCode,
    sha256: p.sha256,
    settings: p.settings,
    tasks: p.tasks.map(({ no, parent, content, lead, partners, scheduleRaw }) => ({ no, parent, content, lead, partners, scheduleRaw })),
    unitMapping,
  };
  const confirmBody = multipart({ payload: JSON.stringify(payload) }, { name: "临淄区残疾人事业发展十三五规划.txt", bytes });
  const confirm = await server.app.inject({ method: "POST", url: "/api/plans/import/confirm", headers: { ...confirmBody.headers, cookie }, payload: confirmBody.payload });
  if (confirm.statusCode !== 201 && confirm.statusCode !== 200) throw new Error(`confirm: ${confirm.statusCode} ${confirm.body}`);
  return confirm.json<{ planId: string }>().planId;
}



/** The indicator table's row of one indicator (rows carry data-indicator = the indicator's number). */
const row = (page: Page, no: string): Locator => page.locator(`.xk-indicator-table tr[data-indicator="${no}"]`);
/** Cells of a row by column: 序号 0, 名称 1, 属性 2, 目标值 3, 基期值 4, 当前值 5, 序时进度 6, 状态 7, 覆盖 8, 操作 9. */
const cell = (page: Page, no: string, column: number): Locator => row(page, no).locator("td").nth(column);

/** Picks an option of an antd Select opened from its labelled combobox, and waits until it shows as chosen. */
async function choose(page: Page, scope: Page | Locator, label: string, option: string): Promise<void> {
  const combobox = scope.getByLabel(label, { exact: true });
  // Typing filters the options (the region pickers are searchable); Enter takes the one left.
  await combobox.click();
  await combobox.fill(option);
  await page.locator(".ant-select-dropdown:visible .ant-select-item-option-active", { hasText: option }).waitFor();
  await combobox.press("Enter");
  const id = await combobox.getAttribute("id");
  await expect.poll(() => page.locator(`.ant-select:has(#${id}) .ant-select-content`).textContent()).toBe(option);
}

/** Enters numerator/denominator for a county through the 填报 dialog and submits it. */
async function enterRate(page: Page, indicator: { no: string; name: string }, county: string, numerator: number, denominator: number): Promise<void> {
  await row(page, indicator.no).getByRole("button", { name: `填报 ${indicator.no} ${indicator.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `填报：${indicator.no} ${indicator.name}` });
  await dialog.waitFor();
  await choose(page, dialog, "填报地区", county);
  // The year defaults to the one viewed.
  expect(await dialog.locator(".ant-form-item", { has: page.locator("label", { hasText: /^年度$/ }) }).textContent()).toContain(`${YEAR}年`);
  await dialog.getByLabel("分子", { exact: true }).fill(String(numerator));
  await dialog.getByLabel("分母", { exact: true }).fill(String(denominator));
  await expect.poll(() => dialog.getByTestId("live-rate").textContent()).toBe(percent(numerator, denominator));
  await dialog.getByRole("button", { name: "提交审核" }).click();
  await page.getByText("已提交，等待残工委办公室审核").first().waitFor();
  await dialog.waitFor({ state: "hidden" });
}

describe.runIf(chromiumAvailable())("indicator roll-up in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let office: Page;
  let planId: string;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    server.clock.set("2020-12-01T02:00:00Z");
    await server.createUser({ ...OFFICE, roles: ["office"], regionCode: CITY.code });
    await server.createUser({ ...COLLEAGUE, roles: ["office"], regionCode: CITY.code });
    await server.createUser({ ...LEADER, roles: ["leader"], regionCode: CITY.code });
    planId = await importSeed(server, await loginCookie(server.app, OFFICE.username, OFFICE.password));
    browser = await launchChromium();
    office = await (await browser.newContext({ locale: "zh-CN", viewport: VIEWPORT })).newPage();
    mkdirSync("test-results", { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("enters a rate for two counties, reviews them, and shows the city's Σnumerators/Σdenominators with its light", async () => {
    onTestFailed(async () => {
      await office.screenshot({ path: "test-results/indicators-failed-office.png" }).catch(() => {});
    });
    await login(office, server.baseUrl, OFFICE);
    await office.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "指标", exact: true }).click();
    await office.getByRole("heading", { name: "指标", exact: true }).waitFor();
    // The plan, year and region are in the URL, so the view can be shared.
    await office.waitForURL(new RegExp(`/indicators\\?plan=${planId}`));
    await office.getByRole("heading", { name: `${CITY.name} ${YEAR} 年指标监测` }).waitFor();
    await expect.poll(() => office.locator(".xk-indicator-table tr[data-indicator]").count()).toBe(12);
    expect(await cell(office, SUBSIDY.no, 1).textContent()).toContain(SUBSIDY.name);
    expect(await cell(office, SUBSIDY.no, 2).textContent()).toBe("约束性");
    expect(await cell(office, SUBSIDY.no, 3).textContent()).toContain("> 96%");
    expect(await cell(office, SUBSIDY.no, 7).textContent()).toContain("无法判断");
    await shot(office, "indicators-empty");

    // The office completes the indicator's settings: a baseline, so that 序时进度 can be drawn.
    await row(office, SUBSIDY.no).getByRole("button", { name: `设置 ${SUBSIDY.no} ${SUBSIDY.name}` }).click();
    const settings = office.getByRole("dialog", { name: `指标设置：${SUBSIDY.no} ${SUBSIDY.name}` });
    await settings.getByLabel("基期值", { exact: true }).fill("80");
    await settings.getByRole("button", { name: "保存" }).click();
    // Both or neither: the message names the fields.
    await settings.getByText("请同时填写基期值和基期年份").first().waitFor();
    await settings.getByLabel("基期年份", { exact: true }).fill("2015");
    await shot(office, "indicators-settings");
    await settings.getByRole("button", { name: "保存" }).click();
    await settings.waitFor({ state: "hidden" });
    await expect.poll(() => cell(office, SUBSIDY.no, 4).textContent()).toContain("80.0%");

    // Validation in Chinese, naming the field, before anything is sent.
    await row(office, SUBSIDY.no).getByRole("button", { name: `填报 ${SUBSIDY.no} ${SUBSIDY.name}` }).click();
    const entry = office.getByRole("dialog", { name: `填报：${SUBSIDY.no} ${SUBSIDY.name}` });
    await choose(office, entry, "填报地区", CHIKAN);
    await entry.getByLabel("分子", { exact: true }).fill("120");
    await entry.getByLabel("分母", { exact: true }).fill("100");
    await entry.getByRole("button", { name: "提交审核" }).click();
    await entry.getByText("分子不能大于分母").waitFor();
    await entry.getByLabel("分子", { exact: true }).fill("");
    await entry.getByRole("button", { name: "保存草稿" }).click();
    await entry.getByText("请填写分子").waitFor();
    await shot(office, "indicators-validation");
    await entry.getByRole("button", { name: "取消" }).click();
    await entry.waitFor({ state: "hidden" });

    // The two counties' figures: 90/100 and 45/60 for the subsidy; 98/100 and 59/60 for the care allowance.
    const subsidy = { [CHIKAN]: [90, 100], [XIASHAN]: [45, 60] } as const;
    const care = { [CHIKAN]: [98, 100], [XIASHAN]: [59, 60] } as const;
    for (const [county, [n, d]] of Object.entries(subsidy)) await enterRate(office, SUBSIDY, county, n, d);
    for (const [county, [n, d]] of Object.entries(care)) await enterRate(office, CARE, county, n, d);

    const subsidyCity = percent(subsidy[CHIKAN][0] + subsidy[XIASHAN][0], subsidy[CHIKAN][1] + subsidy[XIASHAN][1]);
    // Not the average of the two rates (90% and 75% → 82.5%): Σ numerators / Σ denominators = 135/160.
    expect(subsidyCity).toBe("84.4%");

    // Nothing is accepted yet: the city has no figure; the office's preview basis counts the submitted values.
    expect(await cell(office, SUBSIDY.no, 5).textContent()).toBe("—");
    await office.getByText("含未审核", { exact: true }).click();
    await office.waitForURL(/basis=all/);
    await expect.poll(() => cell(office, SUBSIDY.no, 5).textContent()).toContain(subsidyCity);
    await office.getByText("已审核", { exact: true }).click();
    await expect.poll(() => cell(office, SUBSIDY.no, 5).textContent()).toBe("—");

    // 待审核: the four values; one is returned with a reason.
    await office.getByRole("tab", { name: "待审核（4）" }).click();
    const reviewTable = office.getByRole("tabpanel", { name: "待审核（4）" });
    await reviewTable.getByText(CARE.name).first().waitFor();
    await shot(office, "indicators-review");
    await office.getByRole("button", { name: `退回 ${XIASHAN} ${YEAR} ${CARE.no} ${CARE.name}` }).click();
    const giveBack = office.getByRole("dialog", { name: "退回数值" });
    await giveBack.getByRole("button", { name: "确认退回" }).click();
    await giveBack.getByText("请填写退回原因").waitFor();
    await giveBack.getByLabel("退回原因").fill("请核对分母口径：应为有护理补贴需求的重度残疾人数");
    await giveBack.getByRole("button", { name: "确认退回" }).click();
    await giveBack.waitFor({ state: "hidden" });
    for (const [county, indicator] of [[CHIKAN, SUBSIDY], [XIASHAN, SUBSIDY], [CHIKAN, CARE]] as const) {
      await office.getByRole("button", { name: `通过 ${county} ${YEAR} ${indicator.no} ${indicator.name}` }).click();
      await office.getByRole("button", { name: `通过 ${county} ${YEAR} ${indicator.no} ${indicator.name}` }).waitFor({ state: "detached" });
    }
    await office.getByText("暂无待审核的数值").waitFor();

    // 数据填报: the returned value shows its reason, is corrected and resubmitted. Meanwhile a colleague edits the same
    // value: the save answers 412, the dialog names who changed it and reloads the stored figures.
    await office.getByRole("tab", { name: "数据填报" }).click();
    await office.getByText("有 1 条数值被退回，请按退回原因修改后重新提交。").waitFor();
    const returnedRow = office.locator(".ant-table-row", { hasText: "请核对分母口径" });
    await returnedRow.getByText("已退回").waitFor();
    await returnedRow.getByRole("button", { name: `修改 ${XIASHAN} ${YEAR} ${CARE.no} ${CARE.name}` }).click();
    const fix = office.getByRole("dialog", { name: `填报：${CARE.no} ${CARE.name}` });
    await fix.getByRole("alert").filter({ hasText: "请核对分母口径" }).waitFor();
    await expect.poll(() => fix.getByLabel("分子", { exact: true }).inputValue()).toBe("59");
    await shot(office, "indicators-returned");
    const colleague = await loginCookie(server.app, COLLEAGUE.username, COLLEAGUE.password);
    const stored = await server.app.inject({ method: "GET", url: `/api/indicator-values?planId=${planId}&state=returned`, headers: { cookie: colleague } });
    const returned = stored.json<{ items: { id: string; version: number }[] }>().items[0];
    const edit = await server.app.inject({
      method: "PATCH",
      url: `/api/indicator-values/${returned.id}`,
      headers: { cookie: colleague, "if-match": `"${returned.version}"` },
      payload: { numerator: 57, denominator: 60 },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    await fix.getByLabel("分子", { exact: true }).fill("58");
    await fix.getByRole("button", { name: "提交审核" }).click();
    await fix.getByRole("alert").filter({ hasText: COLLEAGUE.displayName }).waitFor();
    await expect.poll(() => fix.getByLabel("分子", { exact: true }).inputValue()).toBe("57");
    await shot(office, "indicators-conflict");
    await fix.getByLabel("分子", { exact: true }).fill("58");
    await fix.getByRole("button", { name: "提交审核" }).click();
    await fix.waitFor({ state: "hidden" });
    const careFixed = { [CHIKAN]: [98, 100], [XIASHAN]: [58, 60] } as const;

    await office.getByRole("tab", { name: "待审核（1）" }).click();
    await office.getByRole("button", { name: `通过 ${XIASHAN} ${YEAR} ${CARE.no} ${CARE.name}` }).click();
    await office.getByText("暂无待审核的数值").waitFor();

    // The city (440800): Σ numerators / Σ denominators, its light by the rule, and the missing counties.
    await office.getByRole("tab", { name: "指标监测" }).click();
    await expect.poll(() => cell(office, SUBSIDY.no, 5).textContent()).toContain(subsidyCity);
    expect(await cell(office, SUBSIDY.no, 5).textContent()).toContain("汇总");
    expect(await cell(office, SUBSIDY.no, 5).textContent()).toContain("135/160");
    // 2020 is the target year, so 序时进度 is the target itself; 84.4% < 96% on a binding indicator: behind, red.
    expect(await cell(office, SUBSIDY.no, 6).textContent()).toBe("96.0%");
    const subsidyStatus = cell(office, SUBSIDY.no, 7);
    expect(await subsidyStatus.locator(".xk-figure-status").getAttribute("data-status")).toBe("behind");
    expect(await subsidyStatus.locator(".xk-light").getAttribute("data-light")).toBe("red");
    expect(await subsidyStatus.textContent()).toContain("红灯");
    expect(await subsidyStatus.textContent()).toContain("滞后于序时进度");
    // The light is a word and a shape on a coloured tag, never colour alone.
    expect(await subsidyStatus.locator(".xk-light").evaluate((el) => getComputedStyle(el).color)).toBe("rgb(168, 7, 26)");
    await subsidyStatus.locator(".xk-status-text").hover();
    await office.getByRole("tooltip").filter({ hasText: `当前值 ${subsidyCity}` }).waitFor();
    const careCity = percent(careFixed[CHIKAN][0] + careFixed[XIASHAN][0], careFixed[CHIKAN][1] + careFixed[XIASHAN][1]);
    expect(careCity).toBe("97.5%");
    expect(await cell(office, CARE.no, 5).textContent()).toContain(careCity);
    const careStatus = cell(office, CARE.no, 7);
    expect(await careStatus.locator(".xk-figure-status").getAttribute("data-status")).toBe("met");
    expect(await careStatus.locator(".xk-light").getAttribute("data-light")).toBe("green");
    expect(await careStatus.textContent()).toContain("绿灯");
    expect(await careStatus.textContent()).toContain("已达标");
    const coverage = cell(office, SUBSIDY.no, 8);
    expect(await coverage.textContent()).toContain(`已报 2，缺 ${MISSING.length}`);
    expect((await coverage.locator(".xk-coverage").getAttribute("data-missing"))?.split("、")).toEqual(MISSING);
    await coverage.locator(".xk-coverage").hover();
    await office.getByRole("tooltip").filter({ hasText: MISSING.join("、") }).waitFor();
    await shot(office, "indicators-city");

    // A county on its own: its entered figure.
    await choose(office, office, "地区", CHIKAN);
    await office.waitForURL(/region=440802/);
    await office.getByRole("heading", { name: `${CHIKAN} ${YEAR} 年指标监测` }).waitFor();
    await expect.poll(() => cell(office, SUBSIDY.no, 5).textContent()).toContain(percent(90, 100));
    expect(await cell(office, SUBSIDY.no, 5).textContent()).toContain("填报");
    await choose(office, office, "地区", CITY.name);
    await office.getByRole("heading", { name: `${CITY.name} ${YEAR} 年指标监测` }).waitFor();

    // The indicator's page: definition, the series as a chart and as a table, the counties, the values.
    await cell(office, SUBSIDY.no, 1).getByRole("link", { name: SUBSIDY.name }).click();
    await office.waitForURL(/\/indicators\/[0-9a-f-]{36}\?/);
    await office.getByRole("heading", { name: new RegExp(SUBSIDY.name) }).waitFor();
    await office.locator(".xk-chart svg").first().waitFor();
    const counties = office.locator(".ant-card", { hasText: `下级地区（${YEAR} 年）` });
    await expect.poll(() => counties.locator(".ant-table-row", { hasText: CHIKAN }).textContent()).toContain(percent(90, 100));
    expect(await counties.locator(".ant-table-row", { hasText: XIASHAN }).textContent()).toContain(percent(45, 60));
    expect(await counties.locator(".ant-table-row", { hasText: "坡头区" }).textContent()).toContain("无法判断");
    const values = office.locator(".ant-card", { hasText: "填报记录" });
    expect(await values.locator(".ant-table-row").count()).toBe(2);
    expect(await values.locator(".ant-table-row", { hasText: XIASHAN }).textContent()).toContain("已通过");
    await shot(office, "indicators-detail-chart");
    await office.getByText("表格", { exact: true }).click();
    const yearRow = office.locator(".ant-card", { hasText: "历年走势" }).locator(".ant-table-row", { hasText: String(YEAR) });
    await expect.poll(() => yearRow.textContent()).toContain(subsidyCity);
    expect(await yearRow.textContent()).toContain("96.0%");
    expect(await yearRow.textContent()).toContain("红灯");
    // 2018: 序时进度 on the straight line from 80% (2015) to 96% (2020): 80 + 16 × 3/5 = 89.6%.
    expect(await office.locator(".ant-card", { hasText: "历年走势" }).locator(".ant-table-row", { hasText: "2018" }).textContent()).toContain("89.6%");
    await shot(office, "indicators-detail-table");

    // The same pages in English, from the feature's own catalog.
    await office.getByText("English", { exact: true }).click();
    await office.getByText("← Back to the indicators").click();
    await office.getByRole("heading", { name: `Indicators of ${CITY.name}, ${YEAR}` }).waitFor();
    for (const header of ["Indicator", "Type", "Target", "Baseline", "Current value", "Expected progress", "Status", "Coverage"]) {
      await office.getByRole("columnheader", { name: header, exact: true }).waitFor();
    }
    await office.getByRole("tab", { name: "Monitoring" }).waitFor();
    expect(await cell(office, SUBSIDY.no, 7).textContent()).toContain("Red");
    expect(await cell(office, SUBSIDY.no, 7).textContent()).toContain("Behind");
    expect(await cell(office, SUBSIDY.no, 2).textContent()).toBe("Binding");
    await shot(office, "indicators-english");
    await office.getByText("中文", { exact: true }).click();
    await office.getByRole("heading", { name: `${CITY.name} ${YEAR} 年指标监测` }).waitFor();
  });

  it("shows a leader the same figures read-only, from a shared link", async () => {
    const leader = await (await browser.newContext({ locale: "zh-CN", viewport: VIEWPORT })).newPage();
    await login(leader, server.baseUrl, LEADER);
    await leader.goto(`${server.baseUrl}/indicators?plan=${planId}&year=${YEAR}&region=${CITY.code}`);
    await leader.getByRole("heading", { name: `${CITY.name} ${YEAR} 年指标监测` }).waitFor();
    await expect.poll(() => cell(leader, SUBSIDY.no, 5).textContent()).toContain("84.4%");
    expect(await cell(leader, SUBSIDY.no, 7).textContent()).toContain("红灯");
    expect(await leader.getByRole("button", { name: /^填报 / }).count()).toBe(0);
    expect(await leader.getByRole("button", { name: /^设置 / }).count()).toBe(0);
    expect(await leader.getByRole("tab").count()).toBe(0);
    expect(await leader.getByText("统计口径").count()).toBe(0);
    await shot(leader, "indicators-leader");
    await leader.context().close();
  });

  it("lets a liaison see and report only the indicators its unit is responsible for", async () => {
    // The office makes a unit of the plan responsible for one indicator, in the settings dialog.
    const detail = await office.request.get(`${server.baseUrl}/api/plans/${planId}`);
    const lead = (await detail.json() as { tasks: { lead: { unitId: string; name: string } | null }[] }).tasks.find((task) => task.lead)?.lead;
    if (!lead) throw new Error("the seed has no lead unit");
    await server.createUser({ ...LIAISON, roles: ["liaison"], regionCode: CITY.code, unitId: lead.unitId });
    const PENSION = { no: "4", name: "残疾人城乡居民基本养老保险参保率" };
    await office.goto(`${server.baseUrl}/indicators?plan=${planId}`);
    await row(office, PENSION.no).getByRole("button", { name: `设置 ${PENSION.no} ${PENSION.name}` }).click();
    const settings = office.getByRole("dialog", { name: `指标设置：${PENSION.no} ${PENSION.name}` });
    await choose(office, settings, "责任单位", lead.name);
    await settings.getByRole("button", { name: "保存" }).click();
    await settings.waitFor({ state: "hidden" });
    await expect.poll(() => cell(office, PENSION.no, 1).textContent()).toContain(lead.name);

    const liaison = await (await browser.newContext({ locale: "zh-CN", viewport: VIEWPORT })).newPage();
    await login(liaison, server.baseUrl, LIAISON);
    await liaison.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "指标", exact: true }).click();
    await liaison.getByText(`仅显示本单位（${lead.name}）负责的指标。`).waitFor();
    await expect.poll(() => liaison.locator(".xk-indicator-table tr[data-indicator]").count()).toBe(1);
    expect(await row(liaison, PENSION.no).count()).toBe(1);
    expect(await liaison.getByRole("tab", { name: /待审核/ }).count()).toBe(0);
    expect(await liaison.getByText("统计口径").count()).toBe(0);
    await enterRate(liaison, PENSION, CHIKAN, 930, 1000);
    await liaison.getByRole("tab", { name: "数据填报" }).click();
    const mine = liaison.locator(".ant-table-row", { hasText: PENSION.name });
    await mine.getByText("待审核").waitFor();
    expect(await mine.textContent()).toContain(percent(930, 1000));
    await shot(liaison, "indicators-liaison");
    await liaison.context().close();
  });
});
