import { randomUUID } from "node:crypto";
import { stateDigest } from "../../audit/audit-chain";
import type { Transaction } from "../../db/client";
import { AppError } from "../../errors/app-error";
import type { RequestAuditInput } from "../../server/audit-request";
import { openReportsForPlan } from "../../supervision/open-reports";
import { createIndicatorsForPlan } from "../../indicators/create-indicators";
import { parseSchedule, type ScheduleItem, type Task } from "../extraction/index";
import type { ConfirmTaskDto, PlanImportConfirm, PlanImportResultDto } from "../plan.schemas";
import {
  findPlanBySha256,
  insertMilestones,
  insertPlan,
  insertPlanFile,
  insertTasks,
  insertTaskUnits,
  type NewMilestone,
  type NewTask,
  type NewTaskUnit,
} from "../plan.repository";
import { assignUnits } from "./import-units";
import { parseUploadedPlan, planFileContentType, sha256Hex } from "./parse-upload";
import { milestonesForTask, parentNumbers } from "./task-milestones";
import { loadUnitDirectory, writtenUnitNames } from "./unit-directory";
import { chaptersOf } from "./task-chapters";

export interface ConfirmImportInput {
  payload: PlanImportConfirm;
  fileName: string;
  bytes: Uint8Array;
}

export interface ImportActor {
  userId: string | null;
  now: Date;
  /** Appends an audit event in the same transaction as the import. */
  record: (input: RequestAuditInput) => Promise<void>;
}

/**
 * Creates the plan, its original file, tasks, unit assignments, milestones (derived here from
 * the edited time limits, never taken from the client) and any units the user chose to create,
 * all in the caller's one transaction, then opens the draft reports and records the audit events.
 * The API and the demo loader both import through this function.
 */
export async function confirmPlanImport(tx: Transaction, input: ConfirmImportInput, actor: ImportActor): Promise<PlanImportResultDto> {
  const { payload, bytes, fileName } = input;
  const { regionCode, settings } = payload;
  const sha256 = sha256Hex(bytes);
  if (sha256 !== payload.sha256) {
    throw new AppError("BAD_REQUEST", { reason: "上传的文件与预览时的文件不一致，请重新预览 / the file differs from the previewed one" });
  }
  if (settings.periodEnd < settings.periodStart) {
    throw new AppError("VALIDATION_FAILED", { reason: "规划期的结束年份早于开始年份", reasonEn: "the plan period ends before it starts" });
  }
  validateRows(payload.tasks);

  const duplicate = await findPlanBySha256(tx, regionCode, sha256);
  if (duplicate) throw duplicateError(duplicate.id, duplicate.title);
  // Parsed again from the same bytes: the stored extraction is the parser's, not the client's.
  const { extraction } = await parseUploadedPlan(bytes, fileName);

  const directory = await loadUnitDirectory(tx, regionCode);
  const { unitIdByName, created } = await assignUnits(tx, writtenUnitNames(payload.tasks), payload.unitMapping, directory, {
    regionCode,
    userId: actor.userId,
    now: actor.now,
    record: actor.record,
  });

  const planId = randomUUID();
  const plan = await insertPlan(tx, {
    regionCode,
    id: planId,
    title: settings.title,
    docNumber: extraction.docNumber,
    issuer: extraction.issuer,
    issuedOn: extraction.issuedOn,
    planYear: extraction.planYear,
    periodStart: settings.periodStart,
    periodEnd: settings.periodEnd,
    status: "active",
    reportingCycle: settings.reportingCycle,
    warningDays: settings.warningDays,
    sourceFileName: fileName,
    sourceSha256: sha256,
    extraction,
    createdAt: actor.now,
    createdBy: actor.userId,
    updatedAt: actor.now,
    updatedBy: actor.userId,
  });
  await insertPlanFile(tx, {
    regionCode,
    planId,
    fileName,
    contentType: planFileContentType(bytes, fileName),
    sha256,
    size: bytes.length,
    content: Buffer.from(bytes),
  });

  const parsedByNo = new Map(extraction.tasks.map((task) => [task.no, task]));
  const planYear = extraction.planYear ?? (settings.periodStart === settings.periodEnd ? settings.periodStart : null);
  const parents = parentNumbers(payload.tasks);
  const chapters = chaptersOf(payload.tasks);
  const taskRows: NewTask[] = [];
  const unitRows: NewTaskUnit[] = [];
  const milestoneRows: NewMilestone[] = [];
  payload.tasks.forEach((row, seq) => {
    const taskId = randomUUID();
    const scheduleRaw = row.scheduleRaw?.trim() ? row.scheduleRaw.trim() : null;
    const scheduleItems = scheduleOf(row, scheduleRaw, parsedByNo.get(row.no), planYear);
    taskRows.push({
      regionCode,
      id: taskId,
      planId,
      seq,
      no: row.no,
      parentNo: row.parent,
      chapter: chapters[seq],
      content: row.content.trim(),
      scheduleRaw,
      scheduleItems,
      updatedAt: actor.now,
      updatedBy: actor.userId,
    });
    unitRows.push(...taskUnitRows(regionCode, taskId, row, unitIdByName));
    for (const milestone of milestonesForTask(scheduleItems, parents.has(row.no), settings)) {
      milestoneRows.push({ regionCode, id: randomUUID(), planId, taskId, ...milestone });
    }
  });
  await insertTasks(tx, taskRows);
  await insertTaskUnits(tx, unitRows);
  await insertMilestones(tx, milestoneRows);
  await openReportsForPlan(tx, regionCode, planId, actor.now);
  await createIndicatorsForPlan(tx, regionCode, planId, extraction.indicators, { start: settings.periodStart, end: settings.periodEnd }, actor.now);

  await actor.record({
    action: "plan.import",
    objectType: "plan",
    objectId: planId,
    outcome: "success",
    regionCode,
    afterDigest: stateDigest({ id: plan.id, regionCode, title: plan.title, sourceSha256: sha256, periodStart: plan.periodStart, periodEnd: plan.periodEnd, tasks: taskRows.length, milestones: milestoneRows.length }),
    detail: { fileName, sha256, tasks: taskRows.length, milestones: milestoneRows.length, unitsCreated: created },
  });
  return { planId, tasks: taskRows.length, milestones: milestoneRows.length, unitsCreated: created };
}

export function duplicateError(planId: string, title: string): AppError {
  return new AppError("PLAN_DUPLICATE", { title }, { details: { planId } });
}

/** Rows must have content and unique numbers, and a parent must be another row. */
function validateRows(rows: readonly ConfirmTaskDto[]): void {
  const numbers = new Set<string>();
  rows.forEach((row, index) => {
    const where = `第 ${index + 1} 行（序号 ${row.no}）`;
    const whereEn = `row ${index + 1} (no. ${row.no})`;
    if (row.content.trim() === "") {
      throw new AppError("VALIDATION_FAILED", { reason: `${where}任务内容为空`, reasonEn: `${whereEn}: task content is empty` }, { details: { row: index + 1, no: row.no, field: "content" } });
    }
    if (numbers.has(row.no)) {
      throw new AppError("VALIDATION_FAILED", { reason: `${where}序号重复`, reasonEn: `${whereEn}: duplicate number` }, { details: { row: index + 1, no: row.no, field: "no" } });
    }
    numbers.add(row.no);
  });
  rows.forEach((row, index) => {
    if (row.parent !== null && (!numbers.has(row.parent) || row.parent === row.no)) {
      throw new AppError(
        "VALIDATION_FAILED",
        { reason: `第 ${index + 1} 行（序号 ${row.no}）的上级序号 ${row.parent} 不存在`, reasonEn: `row ${index + 1} (no. ${row.no}): parent ${row.parent} does not exist` },
        { details: { row: index + 1, no: row.no, field: "parent" } },
      );
    }
  });
}

/** The parser's items when the time limit is unchanged (they carry merged-cell context), else the edited text parsed again. */
function scheduleOf(row: ConfirmTaskDto, raw: string | null, parsed: Task | undefined, planYear: number | null): ScheduleItem[] {
  if (parsed && (parsed.schedule.raw ?? null) === raw) return parsed.schedule.items;
  return parseSchedule(raw, planYear).items;
}

/** Lead at position 0, partners after it; a unit named twice (old and new name) is assigned once. */
function taskUnitRows(regionCode: string, taskId: string, row: ConfirmTaskDto, unitIdByName: Map<string, string>): NewTaskUnit[] {
  const out: NewTaskUnit[] = [];
  const seen = new Set<string>();
  const names = [...(row.lead ? [row.lead] : []), ...row.partners];
  names.forEach((name, index) => {
    const unitId = unitIdByName.get(name);
    if (!unitId || seen.has(unitId)) return;
    seen.add(unitId);
    const role = index === 0 && row.lead ? "lead" : "partner";
    out.push({ regionCode, taskId, unitId, role, position: out.length, nameAsWritten: name });
  });
  return out;
}
