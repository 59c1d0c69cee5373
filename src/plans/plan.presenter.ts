import type { Indicator, PlanExtraction, ScheduleItem } from "./extraction/index";
import type { MilestoneRow, PlanListRow, TaskRow, TaskUnitWithName } from "./plan.repository";
import type { PlanDetailDto, PlanSummaryDto, PlanTaskDto } from "./plan.schemas";

export function presentPlanSummary(row: PlanListRow): PlanSummaryDto {
  const { plan } = row;
  return {
    id: plan.id,
    regionCode: plan.regionCode,
    regionName: row.regionName,
    regionIsDemo: row.regionIsDemo,
    title: plan.title,
    docNumber: plan.docNumber,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    status: plan.status,
    reportingCycle: plan.reportingCycle,
    warningDays: plan.warningDays,
    taskCount: row.taskCount,
    createdAt: plan.createdAt.toISOString(),
    version: plan.version,
  };
}

/** The plan with its tasks in document order, each with its lead, partners and milestones. */
export function presentPlanDetail(
  row: PlanListRow,
  taskRows: TaskRow[],
  unitRows: TaskUnitWithName[],
  milestoneRows: MilestoneRow[],
): PlanDetailDto {
  const unitsByTask = groupBy(unitRows, (unit) => unit.taskId);
  const milestonesByTask = groupBy(milestoneRows, (milestone) => milestone.taskId);
  const extraction = row.plan.extraction as Partial<PlanExtraction>;
  const tasks: PlanTaskDto[] = taskRows.map((task) => {
    const assigned = (unitsByTask.get(task.id) ?? []).sort((a, b) => a.position - b.position);
    const lead = assigned.find((unit) => unit.role === "lead");
    return {
      id: task.id,
      no: task.no,
      parentNo: task.parentNo,
      content: task.content,
      scheduleRaw: task.scheduleRaw,
      scheduleItems: task.scheduleItems as ScheduleItem[],
      lead: lead ? presentTaskUnit(lead) : null,
      partners: assigned.filter((unit) => unit.role === "partner").map(presentTaskUnit),
      milestones: (milestonesByTask.get(task.id) ?? []).map((milestone) => ({
        id: milestone.id,
        due: milestone.due,
        kind: milestone.kind,
        label: milestone.label,
      })),
      version: task.version,
    };
  });
  return {
    ...presentPlanSummary({ ...row, taskCount: taskRows.length }),
    issuer: row.plan.issuer,
    issuedOn: row.plan.issuedOn,
    planYear: row.plan.planYear,
    sourceFileName: row.plan.sourceFileName,
    sourceSha256: row.plan.sourceSha256,
    tasks,
    indicators: (extraction.indicators ?? []) as Indicator[],
  };
}

function presentTaskUnit(unit: TaskUnitWithName) {
  return { unitId: unit.unitId, name: unit.unitName, nameAsWritten: unit.nameAsWritten };
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(key(row));
    if (list) list.push(row);
    else map.set(key(row), [row]);
  }
  return map;
}

/**
 * `Content-Disposition` for the original file: an ASCII fallback name plus the real name
 * percent-encoded (RFC 6266 / 5987), so no quote, CR or LF in a name can reach the header.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\;]/g, "_") || "plan";
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
