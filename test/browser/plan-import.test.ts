import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const OFFICE = { username: "spb-office", password: "Chongqing-Imp0rt-2024!", displayName: "沙坪坝区残工委办公室" };
const REGION_CODE = "500106";
const SEED_DOCX = fileURLToPath(new URL("../fixtures/plans/seeds/docx/003_d966c64b69590850.docx", import.meta.url));
/** The directory already knows the federation by its full name; the document writes 区残联. */
const EXISTING_UNIT = "区残疾人联合会";
const WRITTEN_NAME = "区残联";

describe.runIf(chromiumAvailable())("plan import in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    await server.createUser({ ...OFFICE, roles: ["office"], regionCode: REGION_CODE });
    await server.createUnit({ regionCode: REGION_CODE, name: EXISTING_UNIT });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1440, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("uploads a seed .docx, maps one unknown unit, confirms, and sees the tasks and milestones", async () => {
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel("用户名").fill(OFFICE.username);
    await page.getByLabel("密码", { exact: true }).fill(OFFICE.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "工作台" }).waitFor();

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "规划" }).click();
    await page.getByRole("heading", { name: "规划", exact: true }).waitFor();
    await page.getByText("尚无规划，请先导入").waitFor();
    await page.getByRole("button", { name: "导入规划" }).click();
    await page.getByRole("heading", { name: "导入规划" }).waitFor();
    await page.getByText("支持 .txt、.docx、.xlsx 格式，单个文件不超过 20 MB").waitFor();

    await page.locator('input[type="file"]').setInputFiles(SEED_DOCX);
    await page.getByRole("button", { name: "上传并解析" }).click();
    await page.getByText("单位对应", { exact: true }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole("textbox", { name: "任务内容 1.3" }).inputValue()).toContain("社区康复");
    expect(await page.locator(".ant-tag", { hasText: "未识别的单位" }).count()).toBeGreaterThan(0);

    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/plan-import-preview.png", fullPage: false });

    // Map 区残联 to the directory's 区残疾人联合会 instead of creating a new unit.
    const mapping = page.getByRole("combobox", { name: `对应单位：${WRITTEN_NAME}` });
    await mapping.click();
    await mapping.fill(EXISTING_UNIT);
    await page.locator(".ant-select-item-option", { hasText: EXISTING_UNIT }).first().click();
    await page.getByRole("textbox", { name: `新建单位名称：${WRITTEN_NAME}` }).waitFor({ state: "detached" });

    await page.getByRole("button", { name: "确认导入" }).click();
    await page.waitForURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await page.getByRole("heading", { name: "重庆市沙坪坝区“惠残2020工程”任务分解表" }).waitFor();
    await page.getByRole("heading", { name: "任务分工" }).waitFor();

    const row = page.locator(".ant-table-row", { hasText: "新建社区康复活动站" });
    await row.waitFor();
    await expect.poll(() => row.textContent()).toContain(`${EXISTING_UNIT}（原文：${WRITTEN_NAME}）`);
    expect(await row.textContent()).toContain("1-4月自查摸底，5-9月建设");
    await row.locator(".ant-table-row-expand-icon").click();
    const milestones = page.locator(".ant-table-expanded-row", { hasText: "2020-04-30" }).first();
    await milestones.waitFor();
    expect(await milestones.textContent()).toContain("2020-04-30");
    expect(await milestones.textContent()).toContain("2020-09-30");

    await page.screenshot({ path: "test-results/plan-import.png", fullPage: false });

    // The same file again is recognised and offered as the existing plan.
    await page.getByRole("link", { name: "返回规划列表" }).click();
    await page.locator(".ant-table-row", { hasText: "惠残2020工程" }).waitFor();
    await page.getByRole("button", { name: "导入规划" }).click();
    await page.locator('input[type="file"]').setInputFiles(SEED_DOCX);
    await page.getByRole("button", { name: "上传并解析" }).click();
    await page.getByText("该文件已导入").waitFor({ timeout: 30_000 });
    await page.getByRole("link", { name: "打开已导入的规划" }).waitFor();
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
  });
});
