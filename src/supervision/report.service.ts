import { createHash, randomUUID } from "node:crypto";
import { stateDigest } from "../audit/audit-chain";
import type { Transaction } from "../db/client";
import { AppError, notFound } from "../errors/app-error";
import type { RequestAuditInput } from "../server/audit-request";
import type { SessionUser } from "../server/context";
import { versionConflict } from "../server/if-match";
import { chinaDate } from "./dates";
import { cleanFileName, sniffEvidenceType } from "./file-sniff";
import { refreshTaskLights } from "./light-facts";
import {
  acceptSubmittedPartners,
  countEvidence,
  deleteEvidence,
  findEvidence,
  findReportForUpdate,
  findUserName,
  insertEvidence,
  updateReportIfVersion,
  type EvidenceMeta,
  type ReportPatch,
  type ReportRow,
} from "./report.repository";
import { canSeeTask, isInOfficeScope, isOwnUnit, viewerOf } from "./viewer";

export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_MAX_PER_REPORT = 20;

/** What every report write needs: the open transaction, its audit recorder, the user and the time. */
export interface WriteContext {
  tx: Transaction;
  record: (input: RequestAuditInput) => Promise<void>;
  user: SessionUser;
  now: Date;
}

type ReportState = ReportRow["state"];
const STATE_ZH: Record<ReportState, string> = { draft: "草稿", submitted: "已报送", accepted: "已通过", returned: "已退回", locked: "已锁定" };

function invalidState(state: ReportState, action: string, actionEn: string): AppError {
  return new AppError("INVALID_STATE", { state: `${STATE_ZH[state]} / ${state}`, action, actionEn });
}

/**
 * Loads and locks the report, answers 404 outside the user's reach, and 412 when the client's
 * version is stale (naming who changed it and when). `as` says whose write this is.
 */
async function loadForWrite(ctx: WriteContext, id: string, version: number, as: "unit" | "office"): Promise<ReportRow> {
  const row = await findReportForUpdate(ctx.tx, id);
  const reachable =
    row !== null &&
    (as === "unit" ? isOwnUnit(ctx.user, row.unitId) && (await canSeeTask(ctx.tx, viewerOf(ctx.user), row.regionCode, row.taskId)) : isInOfficeScope(ctx.user, row.regionCode));
  if (!row || !reachable) throw notFound("报告", "Report");
  if (row.version !== version) throw versionConflict(await findUserName(ctx.tx, row.updatedBy), row.updatedAt);
  return row;
}

/** A unit may change its report while it is a draft or was returned; accepted reports are locked. */
function assertEditable(row: ReportRow, action: string, actionEn: string): void {
  if (row.state === "accepted" || row.state === "locked") throw new AppError("REPORT_LOCKED");
  if (row.state === "submitted") throw invalidState(row.state, action, actionEn);
}

async function save(ctx: WriteContext, before: ReportRow, patch: ReportPatch, action: string, detail: Record<string, unknown> = {}): Promise<ReportRow> {
  const after = await updateReportIfVersion(ctx.tx, before.id, before.version, { ...patch, updatedAt: ctx.now, updatedBy: ctx.user.id });
  // The row is locked FOR UPDATE, so this only fails if the locking contract is broken.
  if (!after) throw versionConflict(null, before.updatedAt);
  await ctx.record({
    action,
    objectType: "report",
    objectId: after.id,
    outcome: "success",
    regionCode: after.regionCode,
    beforeDigest: stateDigest(before),
    afterDigest: stateDigest(after),
    detail: { from: before.state, to: after.state, version: after.version, ...detail },
  });
  return after;
}

export async function editReport(ctx: WriteContext, id: string, version: number, patch: Pick<ReportPatch, "progress" | "narrative" | "figures"> & { isFinal?: boolean }): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "unit");
  assertEditable(before, "修改", "edit");
  const { isFinal, ...rest } = patch;
  const after = await save(ctx, before, { ...rest, ...(isFinal === undefined ? {} : { isFinal: isFinal ? 1 : 0 }) }, "report.update", {
    fields: Object.keys(patch),
  });
  if (isFinal !== undefined) await refreshTaskLights(ctx.tx, after.regionCode, after.taskId);
  return after;
}

export async function submitReport(ctx: WriteContext, id: string, version: number): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "unit");
  assertEditable(before, "报送", "submit");
  return save(ctx, before, { state: "submitted", submittedAt: ctx.now, returnReason: null }, "report.submit");
}

function assertLead(row: ReportRow): void {
  if (row.role !== "lead") throw new AppError("NOT_LEAD_REPORT");
}

export async function acceptReport(ctx: WriteContext, id: string, version: number): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "office");
  assertLead(before);
  if (before.state !== "submitted") throw invalidState(before.state, "审核通过", "accept");
  const acceptedOn = chinaDate(ctx.now);
  const after = await save(ctx, before, { state: "accepted", reviewedAt: ctx.now, reviewedBy: ctx.user.id, acceptedOn }, "report.accept");
  const partners = await acceptSubmittedPartners(ctx.tx, after, { reviewedAt: ctx.now, reviewedBy: ctx.user.id, acceptedOn });
  for (const partner of partners) {
    await ctx.record({ action: "report.accept", objectType: "report", objectId: partner.id, outcome: "success", regionCode: partner.regionCode, afterDigest: stateDigest(partner), detail: { from: "submitted", to: "accepted", withLead: after.id } });
  }
  await refreshTaskLights(ctx.tx, after.regionCode, after.taskId);
  return after;
}

export async function returnReport(ctx: WriteContext, id: string, version: number, reason: string): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "office");
  assertLead(before);
  if (before.state !== "submitted") throw invalidState(before.state, "退回", "return");
  return save(ctx, before, { state: "returned", returnReason: reason, reviewedAt: ctx.now, reviewedBy: ctx.user.id }, "report.return", { reasonLength: reason.length });
}

export async function lockReport(ctx: WriteContext, id: string, version: number): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "office");
  if (before.state !== "accepted") throw invalidState(before.state, "锁定", "lock");
  return save(ctx, before, { state: "locked" }, "report.lock");
}

/** Withdraws the acceptance so that the unit can change the report; the lights follow at once. */
export async function unlockReport(ctx: WriteContext, id: string, version: number, reason: string): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "office");
  if (before.state !== "accepted" && before.state !== "locked") throw invalidState(before.state, "解锁", "unlock");
  const after = await save(ctx, before, { state: "returned", returnReason: reason, acceptedOn: null, reviewedAt: ctx.now, reviewedBy: ctx.user.id }, "report.unlock", {
    reasonLength: reason.length,
  });
  await refreshTaskLights(ctx.tx, after.regionCode, after.taskId);
  return after;
}

export interface UploadedFile {
  fileName: string;
  bytes: Buffer;
}

export async function addEvidence(ctx: WriteContext, id: string, version: number, file: UploadedFile): Promise<{ evidence: EvidenceMeta; report: ReportRow }> {
  const before = await loadForWrite(ctx, id, version, "unit");
  assertEditable(before, "上传附件", "attach evidence");
  const type = sniffEvidenceType(file.bytes);
  if (!type) throw new AppError("FILE_TYPE_REJECTED");
  if ((await countEvidence(ctx.tx, before.regionCode, before.id)) >= EVIDENCE_MAX_PER_REPORT) {
    throw new AppError("CONFLICT", { reason: `每份报告至多 ${EVIDENCE_MAX_PER_REPORT} 个附件`, reasonEn: `At most ${EVIDENCE_MAX_PER_REPORT} files per report` });
  }
  const evidence = await insertEvidence(ctx.tx, {
    regionCode: before.regionCode,
    id: randomUUID(),
    reportId: before.id,
    fileName: cleanFileName(file.fileName, type.extension),
    contentType: type.contentType,
    size: file.bytes.length,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    content: file.bytes,
    uploadedAt: ctx.now,
    uploadedBy: ctx.user.id,
  });
  const report = await save(ctx, before, {}, "evidence.upload", { evidenceId: evidence.id, sha256: evidence.sha256, size: evidence.size, contentType: evidence.contentType });
  return { evidence, report };
}

export async function removeEvidence(ctx: WriteContext, id: string, evidenceId: string, version: number): Promise<ReportRow> {
  const before = await loadForWrite(ctx, id, version, "unit");
  assertEditable(before, "删除附件", "remove evidence");
  const evidence = await findEvidence(ctx.tx, evidenceId);
  if (!evidence || evidence.reportId !== before.id) throw notFound("附件", "Evidence");
  await deleteEvidence(ctx.tx, before.regionCode, evidenceId);
  return save(ctx, before, {}, "evidence.delete", { evidenceId, sha256: evidence.sha256 });
}
