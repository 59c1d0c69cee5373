import type { NoticeView } from "./notice.repository";
import type { NoticeDto } from "./schemas";

export function presentNotice(row: NoticeView): NoticeDto {
  return {
    id: row.id,
    regionCode: row.regionCode,
    planId: row.planId,
    taskId: row.taskId,
    taskNo: row.taskNo,
    taskContent: row.taskContent,
    unitId: row.unitId,
    unitName: row.unitName,
    milestoneId: row.milestoneId,
    kind: row.kind,
    level: row.level,
    message: row.message,
    responseDue: row.responseDue,
    state: row.state,
    response: row.response,
    respondedAt: row.respondedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    issuedAt: row.issuedAt.toISOString(),
    version: row.version,
  };
}
