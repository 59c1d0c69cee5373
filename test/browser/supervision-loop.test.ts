import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { startTestServer } from "../support/server";
import { chromiumAvailable, launchChromium } from "./support/browser";
import { login, nav, shot } from "./support/pages";

type TestServer = Awaited<ReturnType<typeof startTestServer>>;

const REGION_CODE = "500106";
const OFFICE = { username: "spb-duban", password: "Shapingba-Duban-2020!", displayName: "沙坪坝区残工委办公室" };
const LEAD_LIAISON = { username: "spb-canlian", password: "Canlian-Liaison-2020!", displayName: "区残联联络员" };
const PARTNER_LIAISON = { username: "spb-zhujian", password: "Zhujian-Liaison-2020!", displayName: "区住建委联络员" };
/** 惠残2020工程 (Shapingba, 2020): every task is led by 区残联. */
const SEED_DOCX = fileURLToPath(new URL("../fixtures/plans/seeds/docx/003_d966c64b69590850.docx", import.meta.url));
const PLAN_TITLE = "重庆市沙坪坝区“惠残2020工程”任务分解表";
/** 7.2 has one milestone (10月底前完成 → 2020-10-31), so its only report is the final one. */
const REPORTED_TASK = "7.2";
/** 10.1 (危房改造, due 2020-10-31) is left unreported; 区住建委 is a partner on it and on no other task with a milestone. */
const RED_TASK = "10.1";
const RED_UNIT = "区住建委";

/** A tiny but well-formed PDF (header, one empty page, xref, trailer): the server checks content, not the name. */
function tinyPdf(): Buffer {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}




/** The row of the plan-lights table for one task number (the table is filtered by the search box first). */
async function lightsRow(page: Page, taskNo: string): Promise<Locator> {
  await page.getByLabel("查找任务").fill(taskNo);
  const row = page.locator(".ant-table-row", { has: page.locator("td", { hasText: new RegExp(`^${taskNo.replace(".", "\\.")}$`) }) });
  await row.waitFor();
  return row;
}

describe.runIf(chromiumAvailable())("supervision loop in the browser", () => {
  let server: TestServer;
  let browser: Browser;
  let office: Page;
  let liaison: Page;

  beforeAll(async () => {
    // Serves the built web app from dist/web: run `npm run build` first.
    server = await startTestServer({ listen: true });
    server.clock.set("2020-10-20T02:00:00Z");
    await server.createUser({ ...OFFICE, roles: ["office"], regionCode: REGION_CODE });
    browser = await launchChromium();
    office = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    liaison = await (await browser.newContext({ locale: "zh-CN", viewport: { width: 1440, height: 900 } })).newPage();
    mkdirSync("test-results", { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("imports a plan, runs a report through return and acceptance to done, then a 督办单 on a red task", async () => {
    onTestFailed(async () => {
      await office.screenshot({ path: "test-results/supervision-failed-office.png" }).catch(() => {});
      await liaison.screenshot({ path: "test-results/supervision-failed-liaison.png" }).catch(() => {});
    });
    // The office imports the seed through the import wizard; unknown units are created under their names.
    await login(office, server.baseUrl, OFFICE);
    await nav(office, "规划");
    await office.getByRole("button", { name: "导入规划" }).click();
    await office.locator('input[type="file"]').setInputFiles(SEED_DOCX);
    await office.getByRole("button", { name: "上传并解析" }).click();
    await office.getByText("单位对应", { exact: true }).waitFor({ timeout: 30_000 });
    await office.getByRole("button", { name: "确认导入" }).click();
    await office.waitForURL(/\/plans\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    await office.getByRole("heading", { name: PLAN_TITLE }).waitFor();

    // The liaisons' accounts belong to units the import created.
    const units = (await (await office.request.get(`${server.baseUrl}/api/units?regionCode=${REGION_CODE}`)).json()) as { items: { id: string; name: string }[] };
    const unitId = (name: string) => {
      const unit = units.items.find((item) => item.name === name);
      if (!unit) throw new Error(`unit ${name} not imported`);
      return unit.id;
    };
    await server.createUser({ ...LEAD_LIAISON, roles: ["liaison"], regionCode: REGION_CODE, unitId: unitId("区残联") });
    await server.createUser({ ...PARTNER_LIAISON, roles: ["liaison"], regionCode: REGION_CODE, unitId: unitId(RED_UNIT) });

    // 区残联 writes the report of 7.2 with a PDF and submits it.
    await login(liaison, server.baseUrl, LEAD_LIAISON);
    await liaison.getByText("被退回的报告").waitFor();
    await liaison.getByText("本单位任务状态（截至 2020-10-20）").waitFor();
    await shot(liaison, "supervision-liaison-dashboard");
    await nav(liaison, "任务");
    await liaison.getByRole("heading", { name: "我的任务" }).waitFor();
    await liaison.getByLabel("查找任务").fill(REPORTED_TASK);
    await liaison.getByRole("button", { name: `填报 ${REPORTED_TASK}`, exact: true }).click();
    const form = liaison.getByRole("dialog").filter({ hasText: "进展报告" });
    await form.getByText("推进残疾人支持性就业").first().waitFor();
    await form.locator("label.ant-radio-button-wrapper", { hasText: "已完成" }).click();
    expect(await form.getByRole("radio", { name: "已完成" }).isChecked()).toBe(true);
    await form.getByLabel("进展情况").fill("已打造支持性就业示范基地 2 个，发放补贴 36 人。");
    expect(await form.getByRole("checkbox", { name: /最终报告/ }).isChecked()).toBe(true);
    await form.getByLabel("上传佐证材料").setInputFiles({ name: "示范基地验收材料.pdf", mimeType: "application/pdf", buffer: tinyPdf() });
    await form.getByRole("link", { name: "示范基地验收材料.pdf" }).waitFor();
    await form.getByText("单个文件不超过 20 MB").waitFor();
    // The lead sees its partners' reports beside the form.
    await form.getByRole("region", { name: "配合单位报告" }).getByText("区人社局").first().waitFor();
    await shot(liaison, "supervision-report-form");
    await form.getByRole("button", { name: "提交审核" }).click();
    await liaison.getByText("已提交，等待残工委办公室审核").waitFor();
    const reportedRow = liaison.locator(".ant-table-row", { has: liaison.getByRole("button", { name: `查看 ${REPORTED_TASK}`, exact: true }) });
    await reportedRow.getByText("已提交").waitFor();

    // The office opens it from the review queue, downloads the evidence, and returns it with a reason.
    await nav(office, "督办");
    await office.getByRole("heading", { name: "督办", exact: true }).waitFor();
    await office.getByRole("tab", { name: "报告审核" }).click();
    await office.getByRole("button", { name: `审核 ${REPORTED_TASK} 区残联` }).click();
    const review = office.getByRole("dialog").filter({ hasText: "牵头单位报告" });
    await review.getByText("已打造支持性就业示范基地").waitFor();
    const evidenceLink = review.getByRole("link", { name: "示范基地验收材料.pdf" });
    const download = await office.request.get(new URL((await evidenceLink.getAttribute("href")) ?? "", server.baseUrl).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()["content-type"]).toBe("application/pdf");
    expect(download.headers()["content-disposition"]).toMatch(/^attachment;/);
    expect((await download.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await shot(office, "supervision-review");
    await review.getByRole("button", { name: "退回" }).click();
    const reasonDialog = office.getByRole("dialog", { name: "退回报告" });
    await reasonDialog.getByLabel("退回原因").fill("请补充补贴发放名册");
    await reasonDialog.getByRole("button", { name: "确认退回" }).click();
    await reasonDialog.waitFor({ state: "hidden" });
    await review.getByText("已退回").first().waitFor();
    await office.keyboard.press("Escape");

    // The unit sees the reason prominently, completes the report and submits again.
    await liaison.reload();
    await liaison.getByLabel("查找任务").fill(REPORTED_TASK);
    await liaison.getByRole("button", { name: `填报 ${REPORTED_TASK}`, exact: true }).click();
    await form.getByRole("alert").filter({ hasText: "请补充补贴发放名册" }).waitFor();
    await shot(liaison, "supervision-returned");
    await form.getByLabel("进展情况").fill("已打造支持性就业示范基地 2 个，发放补贴 36 人，名册见附件。");
    await form.getByRole("button", { name: "提交审核" }).click();
    await liaison.getByText("已提交，等待残工委办公室审核").waitFor();

    // The office accepts; the final report accepted turns the task done.
    await office.reload();
    await office.getByRole("tab", { name: "报告审核" }).click();
    await office.getByRole("button", { name: `审核 ${REPORTED_TASK} 区残联` }).click();
    await review.getByText("名册见附件").waitFor();
    await review.getByRole("button", { name: "通过", exact: true }).click();
    await review.getByText("已通过").first().waitFor();
    await office.keyboard.press("Escape");
    await office.getByRole("tab", { name: "概况" }).click();
    const doneRow = await lightsRow(office, REPORTED_TASK);
    await doneRow.locator('td .xk-light[data-light="done"]', { hasText: "已完成" }).first().waitFor();
    await expect.poll(async () => (await office.getByTestId("count-done").textContent()) ?? "").toContain("1");
    await shot(office, "supervision-done");

    // A month later 10.1 (due 2020-10-31) has no report: red. The as-of picker shows the server's today
    // and can go back to a day before the milestone, when it was not red yet.
    // A month of server time is far past the 30-minute idle limit: the sessions end and the office logs in again.
    server.clock.set("2020-11-20T02:00:00Z");
    await login(office, server.baseUrl, OFFICE);
    await nav(office, "督办");
    await office.getByRole("heading", { name: "督办", exact: true }).waitFor();
    await expect.poll(() => office.getByLabel("统计截至").inputValue()).toBe("2020-11-20");
    let redRow = await lightsRow(office, RED_TASK);
    await redRow.locator("td").nth(2).getByText("逾期").waitFor();
    const picker = office.getByLabel("统计截至");
    await picker.click();
    await picker.fill("2020-10-10");
    await picker.press("Enter");
    await expect.poll(() => redRow.locator("td").nth(2).textContent()).not.toContain("逾期");
    await office.getByRole("button", { name: "今天" }).click();
    await expect.poll(() => picker.inputValue()).toBe("2020-11-20");
    redRow = await lightsRow(office, RED_TASK);
    await redRow.locator("td").nth(2).getByText("逾期").waitFor();
    await shot(office, "supervision-red");

    // The overdue list, filtered by unit, offers a 督办单 (20 days overdue → 橙色 on the ladder).
    await office.getByRole("tab", { name: "逾期与临期" }).click();
    const unitFilter = office.getByLabel("责任单位", { exact: true });
    await unitFilter.click();
    await unitFilter.fill(RED_UNIT);
    await office.locator(".ant-select-item-option", { hasText: RED_UNIT }).first().click();
    const overdueRow = office.locator(".ant-table-row", { hasText: "危房" });
    await overdueRow.waitFor();
    expect(await overdueRow.textContent()).toContain("橙色督办单");
    await shot(office, "supervision-overdue");
    await overdueRow.getByRole("button", { name: `发督办单 ${RED_TASK} ${RED_UNIT}` }).click();
    const issueDialog = office.getByRole("dialog", { name: "发出督办单" });
    await issueDialog.getByText("2020-11-27").waitFor();
    await issueDialog.getByLabel("督办内容").fill("10.1 危房改造已逾期，请于 7 日内书面说明进展。");
    await issueDialog.getByRole("button", { name: "发出" }).click();
    await office.getByText("已发出督办单（橙色），回复期限 2020-11-27").waitFor();

    // 区住建委 answers it.
    await login(liaison, server.baseUrl, PARTNER_LIAISON);
    await nav(liaison, "任务");
    await liaison.getByRole("tab", { name: /督办通知（1 条待回复）/ }).click();
    await liaison.getByText("10.1 危房改造已逾期").waitFor();
    await liaison.getByLabel("回复内容").fill("已完成 12 户危房改造，剩余 3 户 11 月底前完工。");
    await liaison.getByRole("button", { name: "提交回复" }).click();
    await liaison.getByText("已回复", { exact: true }).first().waitFor();
    await shot(liaison, "supervision-notice-response");

    // The office sees the response and closes the notice.
    await office.reload();
    await office.getByRole("tab", { name: "督办通知" }).click();
    const noticeRow = office.locator(".ant-table-row", { hasText: "已完成 12 户危房改造" });
    await noticeRow.getByText("已回复").waitFor();
    await noticeRow.getByRole("button", { name: `办结 ${RED_TASK} ${RED_UNIT}` }).click();
    await office.locator(".ant-popconfirm").getByRole("button", { name: "办结" }).click();
    await noticeRow.getByText("已办结").waitFor();
    await shot(office, "supervision-notice-closed");

    // The timeline by task: 7.2's milestone done, 10.1's red, each named with its light in words.
    await office.getByRole("tab", { name: "时间轴" }).click();
    const timeline = office.locator("table.xk-tl");
    await timeline.getByRole("rowheader", { name: new RegExp(`^${REPORTED_TASK.replace(".", "\\.")} `) }).waitFor();
    const rowOf = (no: string) => timeline.locator("tr", { has: office.getByRole("rowheader", { name: new RegExp(`^${no.replace(".", "\\.")} `) }) });
    await rowOf(REPORTED_TASK).getByRole("button", { name: /2020-10-31 已完成/ }).waitFor();
    await rowOf(RED_TASK).getByRole("button", { name: /2020-10-31 逾期/ }).waitFor();
    await shot(office, "supervision-timeline");

    // The office's workbench: the counts and what waits on it, with links.
    await nav(office, "工作台");
    await office.getByText("规划实施概况（截至 2020-11-20）").waitFor();
    await office.getByText("待审核报告").waitFor();
    await shot(office, "supervision-office-dashboard");

    // The same page in English, from the feature's own catalog.
    await office.getByText("English", { exact: true }).click();
    await office.getByRole("navigation").getByRole("link", { name: "Supervision", exact: true }).click();
    await office.getByRole("tab", { name: "Overdue and due soon" }).click();
    await office.getByRole("columnheader", { name: "Days overdue" }).waitFor();
    await office.getByLabel("As of").waitFor();
    await shot(office, "supervision-english");

    // The export buttons are plain links to the export routes, carrying the as-of day.
    const exports: [string, RegExp][] = [
      ["Export task ledger (.xlsx)", /spreadsheetml/],
      ["Export supervision bulletin (.docx)", /wordprocessingml/],
    ];
    for (const [name, type] of exports) {
      const href = (await office.getByRole("link", { name }).getAttribute("href")) ?? "";
      expect(href).toContain("asOf=2020-11-20");
      const file = await office.request.get(new URL(href, server.baseUrl).toString());
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toMatch(type);
      expect((await file.body()).subarray(0, 2).toString("latin1")).toBe("PK");
    }
  });
});
