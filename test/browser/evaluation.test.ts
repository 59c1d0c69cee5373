import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Page, Request } from "playwright-core";
import { pdfText } from "../../src/evaluations/documents/pdf-text";
import { startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";
import { login, nav, shot } from "./support/pages";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const REGION_CODE = "500106";
const OFFICE = { username: "spb-pinggu-office", password: "Shapingba-Office-2021!", displayName: "沙坪坝区残工委办公室" };
const EVALUATOR = { username: "spb-pinggu", password: "Pinggu-Evaluator-2021!", displayName: "第三方评估员" };
const LEADER = { username: "spb-lingdao", password: "Lingdao-Leader-2021!", displayName: "分管领导" };
/** 惠残2020工程 (Shapingba, 2020): one year, so the final evaluation's 基准日 is 2020-12-31. */
const SEED_DOCX = fileURLToPath(new URL("../fixtures/plans/seeds/docx/003_d966c64b69590850.docx", import.meta.url));
const PLAN_TITLE = "重庆市沙坪坝区“惠残2020工程”任务分解表";
const EVALUATOR_ORG = "重庆某第三方评估中心";
const COMMENTS = ["康复中心建设达标，服务人次超出预期", "辅具供应站运营良好"];
const FINDINGS = "惠残2020工程总体推进有力，康复服务成效明显。\n\n危房改造等项目进度偏慢，建议纳入下一年度重点督办。";




/** Picks an option of the open antd Select by its exact label (完成 is also part of 基本完成 and 未完成). */
async function pick(page: Page, label: string): Promise<void> {
  // The previous row's dropdown may still be closing on a loaded machine: wait until only this one is open.
  const open = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
  await expect.poll(() => open.count()).toBe(1);
  await open.locator(`.ant-select-item-option[title="${label}"]`).click();
}

/** Saves what a link of the page downloads and returns its bytes (a real browser download, not a second request). */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

const progressOf = (page: Page) => page.getByTestId("progress-tasks");

describe.runIf(chromiumAvailable())("evaluation in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let office: Page;
  let evaluator: Page;
  let leader: Page;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    server.clock.set("2021-01-10T02:00:00Z");
    await server.createUser({ ...OFFICE, roles: ["office"], regionCode: REGION_CODE });
    await server.createUser({ ...EVALUATOR, roles: ["evaluator"], regionCode: REGION_CODE });
    await server.createUser({ ...LEADER, roles: ["leader"], regionCode: REGION_CODE });
    browser = await launchChromium();
    const page = async () => (await browser.newContext({ locale: "zh-CN", viewport: { width: 1366, height: 768 }, acceptDownloads: true })).newPage();
    [office, evaluator, leader] = [await page(), await page(), await page()];
    mkdirSync("test-results", { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("office creates a final evaluation, the evaluator scores it, the office publishes, and the report reads back", async () => {
    onTestFailed(async () => {
      for (const [name, page] of [["office", office], ["evaluator", evaluator], ["leader", leader]] as const) {
        await page.screenshot({ path: `test-results/evaluation-failed-${name}.png` }).catch(() => {});
      }
    });
    // Setup: the office imports the seed plan through the import wizard.
    await login(office, server.baseUrl, OFFICE);
    await nav(office, "规划");
    await office.getByRole("button", { name: "导入规划" }).click();
    await office.locator('input[type="file"]').setInputFiles(SEED_DOCX);
    await office.getByRole("button", { name: "上传并解析" }).click();
    await office.getByText("单位对应", { exact: true }).waitFor({ timeout: 30_000 });
    await office.getByRole("button", { name: "确认导入" }).click();
    await office.waitForURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });

    // 新建评估: a final evaluation; the 基准日 follows the plan's end.
    await nav(office, "评估");
    await office.getByRole("heading", { name: "评估", exact: true }).waitFor();
    await office.getByText("尚无评估").first().waitFor();
    await office.getByRole("button", { name: "新建评估" }).click();
    const dialog = office.getByRole("dialog", { name: "新建评估" });
    await dialog.getByLabel("所属规划", { exact: true }).click();
    await office.locator(".ant-select-item-option", { hasText: PLAN_TITLE }).click();
    await dialog.getByText("终期评估", { exact: true }).click();
    await expect.poll(() => dialog.getByLabel("评估基准日").inputValue()).toBe("2020-12-31");
    await dialog.getByLabel("评估机构").fill(EVALUATOR_ORG);
    await shot(office, "evaluation-create");
    await dialog.getByRole("button", { name: "新建" }).click();
    await office.waitForURL(/\/evaluations\/[0-9a-f-]{36}$/);
    const evaluationUrl = office.url();
    await office.getByRole("heading", { name: `${PLAN_TITLE}终期评估` }).waitFor();
    const total = Number(((await progressOf(office).textContent()) ?? "").match(/0 \/ (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(2);

    // Publishing with unscored tasks is refused with the server's message.
    await office.getByRole("button", { name: "发布评估" }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "发布" }).click();
    await office.getByRole("alert").filter({ hasText: `还有 ${total} 项任务未评分，全部评分后才能发布` }).waitFor();

    // The evaluator finds it in the list with its progress and scores two tasks by hand.
    await login(evaluator, server.baseUrl, EVALUATOR);
    await nav(evaluator, "评估");
    const listRow = evaluator.locator(".ant-table-row", { hasText: PLAN_TITLE });
    await listRow.getByText(EVALUATOR_ORG).waitFor();
    expect(await listRow.textContent()).toContain(`0 / ${total}`);
    expect(await listRow.textContent()).toContain("草稿");
    await expect(evaluator.getByRole("button", { name: "新建评估" }).count()).resolves.toBe(0);
    await listRow.getByRole("link", { name: PLAN_TITLE }).click();
    await evaluator.waitForURL(evaluationUrl);
    const detail = (await (await evaluator.request.get(`${server.baseUrl}/api/evaluations/${evaluationUrl.split("/").pop()}`)).json()) as {
      tasks: { no: string; suggestedRating: string }[];
    };
    const [first, second] = detail.tasks;
    // A comment typed before rating waits and is saved with the rating.
    await evaluator.getByLabel(`评语 ${first.no}`, { exact: true }).fill(COMMENTS[0]);
    await evaluator.getByLabel(`评分 ${first.no}`, { exact: true }).click();
    await pick(evaluator, "完成");
    await progressOf(evaluator).getByText(`1 / ${total}`).waitFor();
    // A comment written after rating is saved when leaving the field.
    await evaluator.getByLabel(`评分 ${second.no}`, { exact: true }).click();
    await pick(evaluator, "基本完成");
    await progressOf(evaluator).getByText(`2 / ${total}`).waitFor();
    await evaluator.getByLabel(`评语 ${second.no}`, { exact: true }).fill(COMMENTS[1]);
    await evaluator.getByLabel(`评语 ${second.no}`, { exact: true }).blur();
    await evaluator.getByRole("checkbox", { name: "只看未评分" }).check();
    await expect.poll(() => evaluator.getByLabel(`评分 ${first.no}`, { exact: true }).count()).toBe(0);
    await shot(evaluator, "evaluation-scoring");

    // The rest with the suggested ratings, in one request.
    const scoreWrites: string[] = [];
    const countScoreWrite = (request: Request) => {
      if (request.method() === "PUT" && /\/api\/evaluations\/[^/]+\/tasks/.test(request.url())) scoreWrites.push(new URL(request.url()).pathname);
    };
    evaluator.on("request", countScoreWrite);
    await evaluator.getByRole("button", { name: "采用建议评分" }).click();
    await progressOf(evaluator).getByText(`${total} / ${total}`).waitFor();
    evaluator.off("request", countScoreWrite);
    expect(scoreWrites).toEqual([`/api/evaluations/${evaluationUrl.split("/").pop()}/tasks`]);
    await evaluator.getByText("没有未评分的任务").waitFor();
    await evaluator.getByRole("checkbox", { name: "只看未评分" }).uncheck();
    await evaluator.getByRole("tab", { name: "综合评价" }).click();
    await evaluator.getByRole("textbox", { name: "综合评价" }).fill(FINDINGS);
    await evaluator.getByRole("button", { name: "保存综合评价" }).click();
    await evaluator.getByText("已保存", { exact: true }).waitFor();
    await expect(evaluator.getByRole("button", { name: "发布评估" }).count()).resolves.toBe(0);
    await shot(evaluator, "evaluation-findings");

    // The server keeps what the page showed: every rating, both comments and the findings.
    const saved = (await (await evaluator.request.get(`${server.baseUrl}/api/evaluations/${evaluationUrl.split("/").pop()}`)).json()) as {
      overall: string;
      tasks: { no: string; rating: string | null; comment: string; suggestedRating: string }[];
    };
    expect(saved.overall).toBe(FINDINGS);
    expect(saved.tasks.slice(0, 2).map((task) => [task.rating, task.comment])).toEqual([
      ["completed", COMMENTS[0]],
      ["basically-completed", COMMENTS[1]],
    ]);
    expect(saved.tasks.slice(2).every((task) => task.rating === task.suggestedRating)).toBe(true);

    // The office's page still holds the version from before the scoring: its publish gets 412, the page reloads and says so.
    await office.getByRole("button", { name: "发布评估" }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "发布" }).click();
    await office.getByRole("alert").filter({ hasText: "他人已修改此评估" }).waitFor();
    await progressOf(office).getByText(`${total} / ${total}`).waitFor();
    await office.getByRole("button", { name: "发布评估" }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "发布" }).click();
    await office.getByRole("button", { name: "撤回发布" }).waitFor();
    await office.getByText("评估已发布，评分和综合评价只读").waitFor();
    await expect(office.getByRole("alert").filter({ hasText: "他人已修改此评估" }).count()).resolves.toBe(0);
    await shot(office, "evaluation-published");

    // The report as the page's links download it.
    const docx = await download(office, "下载报告（.docx）");
    expect(docx.name).toBe(`《${PLAN_TITLE}》终期评估报告.docx`);
    const documentXml = strFromU8(unzipSync(docx.bytes)["word/document.xml"]);
    for (const text of [PLAN_TITLE, EVALUATOR_ORG, COMMENTS[0], COMMENTS[1], "惠残2020工程总体推进有力", "建议纳入下一年度重点督办"]) {
      expect(documentXml, text).toContain(text);
    }
    const pdf = await download(office, "下载报告（.pdf）");
    expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const pdfWords = pdfText(pdf.bytes).replace(/\s+/g, "");
    for (const text of [PLAN_TITLE, EVALUATOR_ORG, COMMENTS[0], COMMENTS[1], "惠残2020工程总体推进有力", "建议纳入下一年度重点督办"]) {
      expect(pdfWords, text).toContain(text);
    }

    // Published: the evaluator's page is read-only.
    await evaluator.reload();
    await evaluator.getByText("评估已发布，评分和综合评价只读").waitFor();
    await expect(evaluator.getByLabel(`评分 ${first.no}`, { exact: true }).count()).resolves.toBe(0);

    // A leader reads the evaluation without any score control or publication button.
    await login(leader, server.baseUrl, LEADER);
    await leader.goto(evaluationUrl);
    await leader.getByRole("heading", { name: `${PLAN_TITLE}终期评估` }).waitFor();
    await leader.getByRole("cell", { name: COMMENTS[0] }).waitFor();
    await expect(leader.getByLabel(/^(评分|评语) /).count()).resolves.toBe(0);
    await expect(leader.getByRole("textbox", { name: "综合评价" }).count()).resolves.toBe(0);
    await expect(leader.getByRole("button", { name: /发布|采用建议评分/ }).count()).resolves.toBe(0);
    await leader.getByRole("link", { name: "下载报告（.pdf）" }).waitFor();
    await shot(leader, "evaluation-leader");
  });
});
