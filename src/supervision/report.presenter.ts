import type { EvidenceMeta, ReportView } from "./report.repository";
import type { ReportDto } from "./schemas";

export function presentEvidence(row: EvidenceMeta): ReportDto["evidence"][number] {
  return {
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    size: row.size,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}

export function presentReport(row: ReportView, evidence: readonly EvidenceMeta[]): ReportDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    planId: row.planId,
    taskId: row.taskId,
    milestoneId: row.milestoneId,
    due: row.due,
    milestoneLabel: row.milestoneLabel,
    unitId: row.unitId,
    unitName: row.unitName,
    role: row.role,
    progress: row.progress,
    narrative: row.narrative,
    figures: (row.figures ?? {}) as Record<string, number | string>,
    state: row.state,
    isFinal: row.isFinal === 1,
    returnReason: row.returnReason,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    acceptedOn: row.acceptedOn,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    evidence: evidence.filter((e) => e.reportId === row.id).map(presentEvidence),
  };
}
