import { mkdirSync } from "node:fs";
import dayjs from "dayjs";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { addDays } from "../../src/supervision/dates";
import type { DashboardDto } from "../../src/dashboard/dashboard.schemas";
import { queryRows } from "../../src/supervision/sql-rows";
import { sql } from "drizzle-orm";
import { startTestServer, type TestServer } from "../support/server";
import { acceptReport, importSeed } from "../api/dashboard-fixture";
import { actor, call } from "../api/supervision-factory";
import { chromiumAvailable, launchChromium } from "./support/browser";
import { shot } from "./support/pages";

const CITY = "370300";
const LINZI = "370305";
const SEED_004 = "004_4c59c97df8a0ccea.txt";
const LEADER = { username: "zibo-fenguan", password: "Linzi-Cockpit-2016!", displayName: "淄博市分管领导" };
const AS_OF = "2016-08-15";
const WIDTH = 1366;


/** Pixels drawn on every canvas of the card: an empty chart draws none. */
async function paintedPixels(card: Locator): Promise<number[]> {
  return card.locator("canvas").evaluateAll((canvases) =>
    (canvases as HTMLCanvasElement[]).map((canvas) => {
      const data = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
      return painted;
    }),
  );
}

/** The table alternative of a card, as text cells per row. */
async function tableRows(card: Locator): Promise<string[][]> {
  await card.getByText("表格", { exact: true }).click();
  const rows = card.locator(".ant-table-tbody tr.ant-table-row");
  await rows.first().waitFor();
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => (td.textContent ?? "").trim())));
}

const LIGHTS = ["done", "green", "yellow", "red", "grey"] as const;
const countsCells = (c: Record<(typeof LIGHTS)[number] | "total", number>) => [...LIGHTS.map((l) => String(c[l])), String(c.total)];

describe.runIf(chromiumAvailable())("驾驶舱 in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;
  let planId: string;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    server.clock.set("2016-01-05T02:00:00Z");
    planId = await importSeed(server, SEED_004, LINZI);
    // Ten tasks' first half-year lead reports accepted (some late, one as the final report); the rest stay overdue.
    const leads = await queryRows<{ id: string; taskId: string; unitId: string; due: string }>(
      server.ctx.db,
      sql`SELECT id, task_id AS "taskId", unit_id AS "unitId", due::text AS due FROM reports WHERE plan_id = ${planId} AND role = 'lead' ORDER BY due, id`,
    );
    const taskIds = [...new Set(leads.map((r) => r.taskId))].slice(0, 10);
    const steps = taskIds.flatMap((taskId, i) =>
      leads
        .filter((r) => r.taskId === taskId && r.due <= "2016-06-30")
        .slice(0, i === 9 ? 1 : 2)
        .map((report) => ({ report, day: addDays(report.due, i % 3 === 0 ? 20 : -2), isFinal: i === 9 })),
    );
    steps.sort((a, b) => a.day.localeCompare(b.day));
    for (const step of steps) {
      // Sessions lapse when the clock jumps: log in again on each day.
      server.clock.set(`${step.day}T02:00:00Z`);
      await acceptReport(server, await actor(server, ["liaison"], LINZI, step.report.unitId), await actor(server, ["office"], LINZI), step.report.id, step.isFinal);
    }
    // One indicator's 2016 figure, accepted, so that the indicators chart has a bar.
    const office = await actor(server, ["office"], LINZI);
    const indicators = (await call(server, office, "GET", `/api/plans/${planId}/indicators?year=2016`)).json().items as { id: string; isRate: boolean; target: { value: number | null } }[];
    const indicator = indicators.find((i) => i.target.value !== null)!;
    const value = await call(server, office, "POST", `/api/indicators/${indicator.id}/values`, {
      payload: indicator.isRate ? { regionCode: LINZI, year: 2016, numerator: 90, denominator: 100 } : { regionCode: LINZI, year: 2016, value: indicator.target.value! * 0.9 },
    });
    const submitted = await call(server, office, "POST", `/api/indicator-values/${value.json().id}/submit`, { ifMatch: value.json().version });
    expect((await call(server, office, "POST", `/api/indicator-values/${value.json().id}/accept`, { ifMatch: submitted.json().version })).statusCode).toBe(200);
    server.clock.set("2016-09-01T02:00:00Z");
    await server.createUser({ ...LEADER, roles: ["leader"], regionCode: CITY });
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: "zh-CN", viewport: { width: WIDTH, height: 768 } })).newPage();
    mkdirSync("test-results", { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function api(query: string): Promise<DashboardDto> {
    const response = await page.request.get(`${server.baseUrl}/api/dashboard?${query}`);
    expect(response.status()).toBe(200);
    return (await response.json()) as DashboardDto;
  }

  it("shows a region's charts with their tables, drills into a county and a unit, without horizontal scrolling", async () => {
    onTestFailed(async () => {
      await page.screenshot({ path: "test-results/cockpit-failed.png", fullPage: true }).catch(() => {});
    });
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("用户名").fill(LEADER.username);
    await page.getByLabel("密码", { exact: true }).fill(LEADER.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "驾驶舱", exact: true }).click();
    await page.getByRole("heading", { name: "驾驶舱", exact: true }).waitFor();

    // The city has no plan of its own: every plan of its subtree, as of min(today, the plans' end).
    const defaultAsOf = dayjs().format("YYYY-MM-DD") < "2020-12-31" ? dayjs().format("YYYY-MM-DD") : "2020-12-31";
    await expect.poll(() => page.getByLabel("统计截至").inputValue()).toBe(defaultAsOf);
    const cityView = await api(`regionCode=${CITY}&asOf=${defaultAsOf}`);
    const regions = page.getByTestId("cockpit-regions");
    await regions.locator("canvas").first().waitFor();
    expect((await paintedPixels(regions))[0]).toBeGreaterThan(500);
    expect(await regions.getByRole("img").getAttribute("aria-label")).toContain("临淄区");
    expect(await tableRows(regions)).toEqual(cityView.children.map((c) => [c.name, ...countsCells(c.counts)]));
    await shot(page, "cockpit-city", { fullPage: true, settleMs: 500 });

    await regions.getByRole("button", { name: "查看临淄区" }).waitFor();

    // Drill down: a click on the county's bar switches the screen to 临淄区 and its own plan.
    await regions.getByText("图表", { exact: true }).click();
    const canvas = regions.locator("canvas").first();
    await canvas.waitFor();
    const box = (await canvas.boundingBox())!;
    // One bar, about as long as the axis, in the middle of the plot (below the legend, above the axis labels).
    await page.mouse.click(box.x + box.width * 0.5, box.y + (32 + box.height - 30) / 2);
    await page.waitForURL(/region=370305/);
    await page.getByRole("navigation", { name: "区划层级" }).getByText("临淄区").waitFor();
    const picker = page.getByLabel("统计截至");
    await picker.click();
    await picker.fill(AS_OF);
    await picker.press("Enter");
    await page.waitForURL(new RegExp(`asOf=${AS_OF}`));
    const county = await api(`regionCode=${LINZI}&planId=${planId}&asOf=${AS_OF}`);
    expect(county.counts.red).toBeGreaterThan(0);
    expect(county.counts.green + county.counts.done).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId("count-red").locator(".ant-statistic-content-value").textContent()).toBe(String(county.counts.red));
    expect(await page.getByTestId("count-total").locator(".ant-statistic-content-value").textContent()).toBe(String(county.counts.total));

    for (const id of ["cockpit-units", "cockpit-chapters", "cockpit-trend", "cockpit-overdue", "cockpit-indicators"]) {
      const card = page.getByTestId(id);
      await card.locator("canvas").first().waitFor();
      expect((await paintedPixels(card))[0], id).toBeGreaterThan(500);
      expect(((await card.getByRole("img").getAttribute("aria-label")) ?? "").length, id).toBeGreaterThan(10);
    }
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await shot(page, "cockpit-county", { fullPage: true, settleMs: 500 });

    // The tables say what the API says.
    const units = page.getByTestId("cockpit-units");
    const lead = county.units.filter((u) => u.lead.total > 0);
    expect(await tableRows(units)).toEqual(lead.slice(0, 8).map((u) => [u.unitName, ...countsCells(u.lead)]));
    const overdue = await tableRows(page.getByTestId("cockpit-overdue"));
    expect(overdue).toEqual(county.trend.slice(0, 8).map((p) => [p.date, String(p.overdue)]));
    const indicators = await tableRows(page.getByTestId("cockpit-indicators"));
    county.indicators!.items.slice(0, 8).forEach((item, i) => {
      expect(indicators[i][0]).toContain(item.name);
      expect(indicators[i][2]).toBe(item.value === null ? "—" : String(Math.round(item.value * 100) / 100));
    });
    expect(county.indicators!.items.some((item) => item.value !== null)).toBe(true);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await shot(page, "cockpit-tables", { fullPage: true, settleMs: 500 });

    // A unit's row opens its tasks with their lights; a task links to its plan.
    const first = lead[0];
    await units.getByRole("button", { name: first.unitName, exact: true }).click();
    const drawer = page.getByRole("dialog", { name: `${first.unitName}的任务` });
    await drawer.locator(".ant-table-row").first().waitFor();
    const tasks = (await (await page.request.get(`${server.baseUrl}/api/dashboard/unit-tasks?unitId=${first.unitId}&regionCode=${LINZI}&planId=${planId}&asOf=${AS_OF}`)).json()) as { items: { no: string; light: string }[] };
    expect(await drawer.locator(".ant-table-row").count()).toBe(Math.min(20, first.lead.total + first.partner.total));
    expect(tasks.items).toHaveLength(first.lead.total + first.partner.total);
    const lights = await drawer.locator(".ant-table-row [data-light]").evaluateAll((tags) => tags.map((tag) => tag.getAttribute("data-light")));
    expect(lights).toEqual(tasks.items.slice(0, 20).map((t) => t.light));
    const taskHref = (await drawer.getByRole("link", { name: `在规划中查看任务 ${tasks.items[0].no}`, exact: true }).getAttribute("href")) ?? "";
    expect(taskHref).toContain(`/plans/${planId}?task=`);
    await shot(page, "cockpit-unit-drawer", { fullPage: true, settleMs: 500 });
    await page.keyboard.press("Escape");

    // Every chart switched back renders again, and the unit chart answers a click on a bar with the drawer too.
    await units.getByText("图表", { exact: true }).click();
    await units.locator("canvas").first().waitFor();
    expect((await paintedPixels(units))[0]).toBeGreaterThan(500);

    // In English the same screen still fits the width.
    await page.getByText("English", { exact: true }).click();
    await page.getByRole("heading", { name: "Completion by responsible unit" }).waitFor();
    await page.getByRole("heading", { name: "Overdue milestones over time" }).waitFor();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    await shot(page, "cockpit-english", { fullPage: true, settleMs: 500 });

    // The drawer's task link opens the plan at that task, marked and with its milestones unfolded.
    await page.goto(`${server.baseUrl}${taskHref}`);
    const focused = page.locator("tr.xk-row-focused");
    await focused.waitFor();
    expect(await focused.count()).toBe(1);
    expect(await focused.locator("td").allTextContents()).toContain(tasks.items[0].no);
    await page.locator("tr.xk-row-focused + tr.ant-table-expanded-row").waitFor();
  });
});
