import type { Page } from "playwright-core";

/** Logs in through the login page and waits for the workbench (accounts without a second factor). */
export async function login(page: Page, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("用户名").fill(user.username);
  await page.getByLabel("密码", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("heading", { name: "工作台" }).waitFor();
}

/** A screenshot into test-results/, after drawers, modals and charts have finished their animation. */
export async function shot(page: Page, file: string, options: { fullPage?: boolean; settleMs?: number } = {}): Promise<void> {
  await page.waitForTimeout(options.settleMs ?? 600);
  await page.screenshot({ path: `test-results/${file}.png`, fullPage: options.fullPage ?? false });
}

/** Follows a link of the shell's main navigation by its exact label. */
export const nav = (page: Page, name: string) => page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name, exact: true }).click();
