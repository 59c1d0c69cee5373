import type { DbOrTx } from "../../db/client";
import type { ParseWarning, PlanExtraction } from "../extraction/index";
import { DEFAULT_REPORTING_CYCLE, DEFAULT_WARNING_DAYS, type PlanImportPreviewDto, type PlanSettingsDto, type PreviewUnitDto, type RowWarningDto } from "../plan.schemas";
import { findPlanBySha256 } from "../plan.repository";
import { parseUploadedPlan, sha256Hex } from "./parse-upload";
import { milestonesForTask, parentNumbers } from "./task-milestones";
import { loadUnitDirectory, resolveWrittenNames, writtenUnitNames } from "./unit-directory";

export interface PlanUpload {
  regionCode: string;
  fileName: string;
  bytes: Uint8Array;
}

/**
 * Parses an upload and shows what the import would create: rows with their milestones and
 * warnings, every unit name resolved against the region's directory. Writes nothing.
 */
export async function previewPlanImport(db: DbOrTx, upload: PlanUpload, now: Date): Promise<PlanImportPreviewDto> {
  const sha256 = sha256Hex(upload.bytes);
  const { extraction, warnings } = await parseUploadedPlan(upload.bytes, upload.fileName);
  const directory = await loadUnitDirectory(db, upload.regionCode);
  const duplicate = await findPlanBySha256(db, upload.regionCode, sha256);
  const units = resolveWrittenNames(writtenUnitNames(extraction.tasks), directory);
  const settings = defaultSettings(extraction, upload.fileName, now);
  return {
    fileName: upload.fileName,
    sha256,
    size: upload.bytes.length,
    regionCode: upload.regionCode,
    duplicateOfPlanId: duplicate?.id ?? null,
    extraction: {
      title: extraction.title,
      docNumber: extraction.docNumber,
      issuer: extraction.issuer,
      issuedOn: extraction.issuedOn,
      planYear: extraction.planYear,
      period: extraction.period,
    },
    settings,
    tasks: previewTasks(extraction, warnings, units, settings),
    indicators: extraction.indicators,
    units,
    warnings: warnings.filter((warning) => warning.taskNo === undefined).map(toRowWarning),
  };
}

/** The plan's settings as the document suggests them; the period falls back to the plan year, then this year. */
export function defaultSettings(extraction: PlanExtraction, fileName: string, now: Date): PlanSettingsDto {
  const year = extraction.planYear ?? now.getFullYear();
  return {
    title: extraction.title ?? fileName.replace(/\.[^.]+$/, ""),
    periodStart: extraction.period?.start ?? year,
    periodEnd: extraction.period?.end ?? year,
    reportingCycle: DEFAULT_REPORTING_CYCLE,
    warningDays: DEFAULT_WARNING_DAYS,
  };
}

function previewTasks(
  extraction: PlanExtraction,
  warnings: ParseWarning[],
  units: PreviewUnitDto[],
  settings: PlanSettingsDto,
): PlanImportPreviewDto["tasks"] {
  const unknown = new Set(units.filter((unit) => unit.status === "unknown").map((unit) => unit.nameAsWritten));
  const parents = parentNumbers(extraction.tasks);
  return extraction.tasks.map((task) => {
    const rowWarnings = warnings.filter((warning) => warning.taskNo === task.no).map(toRowWarning);
    const unknownHere = [task.lead, ...task.partners].filter((name): name is string => name !== null && unknown.has(name));
    if (unknownHere.length > 0) {
      rowWarnings.unshift({
        code: "UNIT_UNKNOWN",
        message: `未识别的单位：${unknownHere.join("、")}`,
        messageEn: `Unit not recognised: ${unknownHere.join(", ")}`,
        taskNo: task.no,
      });
    }
    return {
      no: task.no,
      parent: task.parent,
      content: task.content,
      lead: task.lead,
      partners: task.partners,
      scheduleRaw: task.schedule.raw,
      scheduleItems: task.schedule.items,
      milestones: milestonesForTask(task.schedule.items, parents.has(task.no), settings),
      warnings: rowWarnings,
    };
  });
}

function toRowWarning(warning: ParseWarning): RowWarningDto {
  return {
    code: warning.code,
    message: warning.message,
    messageEn: warning.messageEn,
    ...(warning.taskNo === undefined ? {} : { taskNo: warning.taskNo }),
  };
}
