import { randomBytes, randomUUID } from "node:crypto";
import { milestones, plans, taskUnits, tasks } from "../../src/db/schema/index";
import { openReportsForPlan } from "../../src/supervision/open-reports";
import type { TestServer } from "../support/server";

/**
 * Inserts a plan with tasks, lead/partner units and milestones directly (the plan import is built
 * in parallel; these tests do not depend on it), then opens its reports like the import does.
 */
export interface FactoryTask {
  content?: string;
  chapter?: string;
  schedule?: string;
  /** Unit ids, lead first. */
  units: string[];
  /** Milestone due days. */
  dues: string[];
}

export interface FactoryPlan {
  planId: string;
  regionCode: string;
  tasks: { taskId: string; units: string[]; milestoneIds: string[]; dues: string[] }[];
}

export async function insertPlan(server: TestServer, input: { regionCode: string; title?: string; warningDays?: number; tasks: FactoryTask[] }): Promise<FactoryPlan> {
  const db = server.ctx.db;
  const now = server.clock.now();
  const planId = randomUUID();
  const out: FactoryPlan = { planId, regionCode: input.regionCode, tasks: [] };
  await db.transaction(async (tx) => {
    await tx.insert(plans).values({
      regionCode: input.regionCode,
      id: planId,
      title: input.title ?? "测试规划",
      periodStart: 2016,
      periodEnd: 2020,
      warningDays: input.warningDays ?? 15,
      sourceFileName: "plan.txt",
      sourceSha256: randomBytes(32).toString("hex"),
      extraction: {},
      createdAt: now,
      updatedAt: now,
    });
    for (const [i, task] of input.tasks.entries()) {
      const taskId = randomUUID();
      await tx.insert(tasks).values({
        regionCode: input.regionCode,
        id: taskId,
        planId,
        seq: i + 1,
        no: String(i + 1),
        chapter: task.chapter ?? "第一章",
        content: task.content ?? `任务${i + 1}`,
        scheduleRaw: task.schedule ?? "每季度",
        updatedAt: now,
      });
      await tx.insert(taskUnits).values(
        task.units.map((unitId, position) => ({
          regionCode: input.regionCode,
          taskId,
          unitId,
          role: position === 0 ? ("lead" as const) : ("partner" as const),
          position,
          nameAsWritten: `单位${position}`,
        })),
      );
      const milestoneIds = task.dues.map(() => randomUUID());
      if (task.dues.length > 0) {
        await tx.insert(milestones).values(
          task.dues.map((due, k) => ({ regionCode: input.regionCode, id: milestoneIds[k], planId, taskId, due, kind: "period" as const, label: `第${k + 1}期`, sourceIndex: 0 })),
        );
      }
      out.tasks.push({ taskId, units: task.units, milestoneIds, dues: task.dues });
    }
    await openReportsForPlan(tx, input.regionCode, planId, now);
  });
  return out;
}

export interface Actor {
  cookie: string;
  userId: string;
}

export async function actor(server: TestServer, roles: Parameters<TestServer["createUser"]>[0]["roles"], regionCode: string, unitId: string | null = null): Promise<Actor> {
  const { loginCookie } = await import("../support/server");
  const { user, username, password } = await server.createUser({ roles, regionCode, unitId });
  return { cookie: await loginCookie(server.app, username, password), userId: user.id };
}

export function call(server: TestServer, who: Actor, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, options: { payload?: unknown; ifMatch?: number | string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { cookie: who.cookie, ...(options.headers ?? {}) };
  if (options.ifMatch !== undefined) headers["if-match"] = typeof options.ifMatch === "number" ? `"${options.ifMatch}"` : options.ifMatch;
  return server.app.inject({ method, url, headers, ...(options.payload === undefined ? {} : { payload: options.payload as object }) });
}

/** The report of one unit for one milestone. */
export async function reportOf(server: TestServer, who: Actor, taskId: string, unitId: string, due?: string) {
  const response = await call(server, who, "GET", `/api/reports?taskId=${taskId}&unitId=${unitId}&limit=200`);
  if (response.statusCode !== 200) throw new Error(`list reports: ${response.statusCode} ${response.body}`);
  const items = response.json().items as { id: string; due: string; version: number; state: string }[];
  const found = due ? items.find((item) => item.due === due) : items[0];
  if (!found) throw new Error("no report");
  return found;
}

export function multipartBody(fileName: string, bytes: Buffer, contentType = "application/octet-stream"): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----xk${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`, "utf8");
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, "utf8");
  return { payload: Buffer.concat([head, bytes, tail]), headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}
