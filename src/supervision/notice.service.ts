import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { stateDigest } from "../audit/audit-chain";
import { taskUnits, tasks } from "../db/schema/index";
import { AppError, notFound } from "../errors/app-error";
import { versionConflict } from "../server/if-match";
import { chinaDate, daysBetween } from "./dates";
import { ladderStep, stepAtLevel, type NoticeLevel } from "./notice-ladder";
import { countPriorNotices, findNotice, insertNotice, updateNoticeIfVersion, type NoticeRow } from "./notice.repository";
import { findUserName } from "./report.repository";
import type { WriteContext } from "./report.service";
import { overdueSinceSql } from "./lights.repository";
import { queryRows } from "./sql-rows";
import { isInOfficeScope, isOwnUnit } from "./viewer";

const STATE_ZH: Record<NoticeRow["state"], string> = { open: "待回复", responded: "已回复", closed: "已办结" };

/** Days the unit has been red on the task as of the day (0 when not overdue). */
async function daysOverdue(ctx: WriteContext, regionCode: string, taskId: string, unitId: string, asOf: string): Promise<number> {
  const rows = await queryRows<{ since: string | null }>(
    ctx.tx,
    sql`SELECT CASE WHEN f.red @> ${asOf}::date THEN ${overdueSinceSql(asOf)} END AS since
        FROM task_unit_lights f WHERE f.region_code = ${regionCode} AND f.task_id = ${taskId} AND f.unit_id = ${unitId}`,
  );
  const since = rows[0]?.since;
  return since ? daysBetween(since, asOf) + 1 : 0;
}

interface IssueInput {
  taskId: string;
  unitId: string;
  milestoneId?: string;
  message: string;
  asOf?: string;
  level?: NoticeLevel;
  levelReason?: string;
}

/**
 * Issues a 催办 or 督办单: kind, level and response deadline follow the ladder (notice-ladder.ts)
 * unless the office names another level with a reason; both levels and the reason are audited.
 */
export async function issueNotice(ctx: WriteContext, input: IssueInput): Promise<NoticeRow> {
  const taskRows = await ctx.tx.select({ regionCode: tasks.regionCode, planId: tasks.planId }).from(tasks).where(eq(tasks.id, input.taskId)).limit(1);
  const task = taskRows[0];
  if (!task || !isInOfficeScope(ctx.user, task.regionCode)) throw notFound("任务", "Task");
  const assigned = await ctx.tx
    .select({ unitId: taskUnits.unitId })
    .from(taskUnits)
    .where(and(eq(taskUnits.regionCode, task.regionCode), eq(taskUnits.taskId, input.taskId), eq(taskUnits.unitId, input.unitId)))
    .limit(1);
  if (assigned.length === 0) throw notFound("责任单位", "Unit");
  const today = chinaDate(ctx.now);
  const asOf = input.asOf ?? today;
  // Serialise notices on one task so that two offices issuing at once both count each other.
  await ctx.tx.execute(sql`SELECT 1 FROM tasks WHERE region_code = ${task.regionCode} AND id = ${input.taskId} FOR UPDATE`);
  const prior = await countPriorNotices(ctx.tx, task.regionCode, input.taskId, input.unitId);
  const ladder = ladderStep(await daysOverdue(ctx, task.regionCode, input.taskId, input.unitId, asOf), prior, today);
  const overridden = input.level !== undefined && input.level !== ladder.level;
  if (overridden && !input.levelReason) {
    throw new AppError("VALIDATION_FAILED", { reason: "调整督办等级时须填写理由（levelReason）", reasonEn: "a reason (levelReason) is required when changing the level" });
  }
  const step = overridden && input.level ? stepAtLevel(input.level, today) : ladder;
  const row = await insertNotice(ctx.tx, {
    regionCode: task.regionCode,
    id: randomUUID(),
    planId: task.planId,
    taskId: input.taskId,
    unitId: input.unitId,
    milestoneId: input.milestoneId ?? null,
    kind: step.kind,
    level: step.level,
    message: input.message,
    responseDue: step.responseDue,
    issuedAt: ctx.now,
    issuedBy: ctx.user.id,
  });
  await ctx.record({ action: "notice.issue", objectType: "notice", objectId: row.id, outcome: "success", regionCode: row.regionCode, afterDigest: stateDigest(row), detail: { kind: row.kind, level: row.level, priorNotices: prior, asOf, ...(overridden ? { ladderLevel: ladder.level, levelReason: input.levelReason } : {}) } });
  return row;
}

async function loadForWrite(ctx: WriteContext, id: string, version: number, as: "unit" | "office"): Promise<NoticeRow> {
  const row = await findNotice(ctx.tx, id);
  if (!row || !(as === "unit" ? isOwnUnit(ctx.user, row.unitId) : isInOfficeScope(ctx.user, row.regionCode))) throw notFound("督办通知", "Notice");
  if (row.version !== version) {
    const by = row.closedBy ?? row.respondedBy ?? row.issuedBy;
    throw versionConflict(await findUserName(ctx.tx, by), row.closedAt ?? row.respondedAt ?? row.issuedAt);
  }
  return row;
}

async function save(ctx: WriteContext, before: NoticeRow, patch: Partial<NoticeRow>, action: string): Promise<NoticeRow> {
  const after = await updateNoticeIfVersion(ctx.tx, before.id, before.version, patch);
  if (!after) throw versionConflict(null, null);
  await ctx.record({ action, objectType: "notice", objectId: after.id, outcome: "success", regionCode: after.regionCode, beforeDigest: stateDigest(before), afterDigest: stateDigest(after), detail: { from: before.state, to: after.state, version: after.version } });
  return after;
}

/** The unit's written response; it may be revised until the office closes the notice. */
export async function respondToNotice(ctx: WriteContext, id: string, version: number, response: string): Promise<NoticeRow> {
  const before = await loadForWrite(ctx, id, version, "unit");
  if (before.state === "closed") throw new AppError("INVALID_STATE", { state: `${STATE_ZH.closed} / closed`, action: "回复", actionEn: "respond" });
  return save(ctx, before, { state: "responded", response, respondedAt: ctx.now, respondedBy: ctx.user.id }, "notice.respond");
}

export async function closeNotice(ctx: WriteContext, id: string, version: number): Promise<NoticeRow> {
  const before = await loadForWrite(ctx, id, version, "office");
  if (before.state === "closed") throw new AppError("INVALID_STATE", { state: `${STATE_ZH.closed} / closed`, action: "办结", actionEn: "close" });
  return save(ctx, before, { state: "closed", closedAt: ctx.now, closedBy: ctx.user.id }, "notice.close");
}
