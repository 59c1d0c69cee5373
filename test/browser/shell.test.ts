import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { totpCode } from "../../src/auth/totp";
import { startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const ADMIN = { username: "shell-admin", password: "Harbor-Light-2024!", displayName: "系统管理员" };
/** The country root region, which every test database is seeded with. */
const REGION_CODE = "000000";

describe.runIf(chromiumAvailable())("web shell", () => {
  let server: TestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    await server.createUser({ ...ADMIN, roles: ["system-admin"], regionCode: REGION_CODE });
    browser = await launchChromium();
    page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 800 } });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("logs in, adds a unit with an alias, and logs out", async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.waitForURL(/\/login/);
    expect(await page.locator("html").getAttribute("lang")).toBe("zh-CN");

    await page.getByLabel("用户名").fill(ADMIN.username);
    await page.getByLabel("密码", { exact: true }).fill(ADMIN.password);
    await page.getByRole("button", { name: "登录" }).click();
    // An administrator binds an authenticator at the first login: the key is shown beside its QR code.
    await page.getByText("绑定身份验证器").waitFor();
    expect(await page.locator(".ant-qrcode canvas").count()).toBe(1);
    const secret = (await page.getByTestId("totp-secret").textContent())?.replace(/\s+/g, "") ?? "";
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/shell-totp-enrol.png" });
    await page.getByLabel("动态验证码").fill("000000" === totpCode(secret, server.clock.now()) ? "111111" : "000000");
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByText("动态验证码错误、已过期或已使用过").waitFor();
    await page.getByLabel("动态验证码").fill(totpCode(secret, server.clock.now()));
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("heading", { name: "工作台" }).waitFor();

    await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "责任单位" }).click();
    await page.getByRole("heading", { name: "责任单位" }).waitFor();

    const unitName = "区民政局";
    const alias = "区民政办";
    await page.getByRole("button", { name: "新建单位" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("单位名称").fill(unitName);
    await dialog.getByLabel("单位类型").click();
    await page.locator(".ant-select-item-option", { hasText: "部门" }).click();
    await dialog.getByLabel("别名").fill(alias);
    await dialog.getByLabel("别名").press("Enter");
    await dialog.getByRole("button", { name: "保存" }).click();

    const row = page.locator(".ant-table-row", { hasText: unitName });
    await row.locator(".ant-tag", { hasText: alias }).waitFor();
    await dialog.waitFor({ state: "hidden" });

    mkdirSync("test-results", { recursive: true });
    await page.screenshot({ path: "test-results/shell.png", fullPage: true });

    await page.getByRole("button", { name: "退出登录" }).click();
    await page.waitForURL(/\/login$/);
    await page.getByRole("heading", { name: "登录" }).waitFor();
  });
});
