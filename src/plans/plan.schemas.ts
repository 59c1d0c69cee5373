import { z } from "zod";
import { regionCodeSchema, unitKindSchema } from "../shared/api";
import { DEFAULT_REPORTING_CYCLE, DEFAULT_WARNING_DAYS } from "./plan-limits";

/** Plan request and response schemas, shared by the server and the web app. Limits are defined once here. */

export const REPORTING_CYCLES = ["month", "quarter", "half-year", "year"] as const;
export const reportingCycleSchema = z.enum(REPORTING_CYCLES);
export type ReportingCycle = z.infer<typeof reportingCycleSchema>;

export const PLAN_STATUSES = ["draft", "active", "closed"] as const;
export const planStatusSchema = z.enum(PLAN_STATUSES);
export type PlanStatus = z.infer<typeof planStatusSchema>;

export { DEFAULT_REPORTING_CYCLE, DEFAULT_WARNING_DAYS, PLAN_FILE_EXTENSIONS, PLAN_FILE_MAX_BYTES } from "./plan-limits";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const scheduleItemSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("deadline"), due: z.string(), action: z.string().optional() }),
  z.object({ type: z.literal("window"), start: z.string(), end: z.string(), action: z.string().optional() }),
  z.object({
    type: z.literal("recurring"),
    every: reportingCycleSchema,
    start: z.string().optional(),
    end: z.string().optional(),
    action: z.string().optional(),
  }),
  z.object({ type: z.literal("ongoing"), action: z.string().optional() }),
  z.object({ type: z.literal("event"), name: z.string(), date: z.string().nullable(), action: z.string().optional() }),
  z.object({ type: z.literal("external"), by: z.string(), action: z.string().optional() }),
]);
export type ScheduleItemDto = z.infer<typeof scheduleItemSchema>;

export const MILESTONE_KINDS = ["deadline", "window-end", "period", "event", "cycle"] as const;
export const milestoneDraftSchema = z.object({
  due: isoDate,
  kind: z.enum(MILESTONE_KINDS),
  label: z.string(),
  sourceIndex: z.number().int(),
});
export type MilestoneDraftDto = z.infer<typeof milestoneDraftSchema>;

/** Row warnings the preview shows as tags; the codes are the parser's plus UNIT_UNKNOWN. */
export const rowWarningSchema = z.object({
  code: z.string(),
  message: z.string(),
  messageEn: z.string(),
  taskNo: z.string().optional(),
});
export type RowWarningDto = z.infer<typeof rowWarningSchema>;

export const indicatorSchema = z.object({
  no: z.string(),
  name: z.string(),
  target: z.object({
    op: z.enum([">", ">=", "=", "<", "<="]),
    value: z.number(),
    unit: z.string().nullable(),
    text: z.string().optional(),
    change: z.object({ direction: z.enum(["increase", "decrease"]), baseYear: z.number().nullable() }).optional(),
  }),
  attribute: z.enum(["binding", "expected"]).nullable(),
  weight: z.number().optional(),
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const previewTaskSchema = z.object({
  no: z.string(),
  parent: z.string().nullable(),
  content: z.string(),
  lead: z.string().nullable(),
  partners: z.array(z.string()),
  scheduleRaw: z.string().nullable(),
  scheduleItems: z.array(scheduleItemSchema),
  milestones: z.array(milestoneDraftSchema),
  warnings: z.array(rowWarningSchema),
});
export type PreviewTaskDto = z.infer<typeof previewTaskSchema>;

export const UNIT_RESOLUTION_STATUSES = ["exact", "alias", "renamed", "unknown"] as const;
export const previewUnitSchema = z.object({
  nameAsWritten: z.string(),
  status: z.enum(UNIT_RESOLUTION_STATUSES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  candidates: z.array(z.object({ unitId: z.string(), name: z.string(), reason: z.string() })),
  suggestedNames: z.array(z.string()),
  suggestedKind: unitKindSchema,
});
export type PreviewUnitDto = z.infer<typeof previewUnitSchema>;

export const planSettingsSchema = z.strictObject({
  title: z.string().trim().min(1).max(300),
  periodStart: z.number().int().min(1949).max(2100),
  periodEnd: z.number().int().min(1949).max(2100),
  reportingCycle: reportingCycleSchema.default(DEFAULT_REPORTING_CYCLE),
  warningDays: z.number().int().min(0).max(365).default(DEFAULT_WARNING_DAYS),
});
export type PlanSettingsDto = z.output<typeof planSettingsSchema>;

export const planImportPreviewSchema = z.object({
  fileName: z.string(),
  sha256: z.string(),
  size: z.number().int(),
  regionCode: regionCodeSchema,
  /** Set when the same file (same SHA-256) was already imported in this region. */
  duplicateOfPlanId: z.string().nullable(),
  extraction: z.object({
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    issuedOn: z.string().nullable(),
    planYear: z.number().nullable(),
    period: z.object({ start: z.number(), end: z.number() }).nullable(),
  }),
  /** Proposed plan settings, editable before confirming. */
  settings: planSettingsSchema,
  tasks: z.array(previewTaskSchema),
  indicators: z.array(indicatorSchema),
  units: z.array(previewUnitSchema),
  /** Warnings not tied to one task row. */
  warnings: z.array(rowWarningSchema),
});
export type PlanImportPreviewDto = z.infer<typeof planImportPreviewSchema>;

const unitNameAsWritten = z.string().trim().min(1).max(120);

export const confirmTaskSchema = z.strictObject({
  no: z.string().trim().min(1).max(20),
  parent: z.string().trim().min(1).max(20).nullable(),
  /** Checked for emptiness by the service, which names the row. */
  content: z.string().max(4000),
  lead: unitNameAsWritten.nullable(),
  partners: z.array(unitNameAsWritten).max(60),
  scheduleRaw: z.string().max(1000).nullable(),
});
export type ConfirmTaskDto = z.infer<typeof confirmTaskSchema>;

/** A written unit name goes to an existing unit (its id) or to a unit created with the import. */
export const unitMappingTargetSchema = z.union([
  z.uuid(),
  z.strictObject({ create: z.strictObject({ name: z.string().trim().min(1).max(80), kind: unitKindSchema }) }),
]);
export type UnitMappingTarget = z.infer<typeof unitMappingTargetSchema>;

/**
 * Sent as the `payload` field of the confirm upload, beside the file itself: the server keeps
 * nothing between preview and confirm, so the client sends the file again with the edited rows.
 */
export const planImportConfirmSchema = z.strictObject({
  regionCode: regionCodeSchema,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  settings: planSettingsSchema,
  tasks: z.array(confirmTaskSchema).min(1).max(3000),
  unitMapping: z.record(unitNameAsWritten, unitMappingTargetSchema).default({}),
});
export type PlanImportConfirmDto = z.input<typeof planImportConfirmSchema>;
export type PlanImportConfirm = z.output<typeof planImportConfirmSchema>;

export const planImportResultSchema = z.object({
  planId: z.string(),
  tasks: z.number().int(),
  milestones: z.number().int(),
  unitsCreated: z.number().int(),
});
export type PlanImportResultDto = z.infer<typeof planImportResultSchema>;

export const planSummarySchema = z.object({
  id: z.string(),
  regionCode: regionCodeSchema,
  regionName: z.string(),
  regionIsDemo: z.boolean(),
  title: z.string(),
  docNumber: z.string().nullable(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  status: planStatusSchema,
  reportingCycle: reportingCycleSchema,
  warningDays: z.number().int(),
  taskCount: z.number().int(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type PlanSummaryDto = z.infer<typeof planSummarySchema>;

export const taskUnitSchema = z.object({ unitId: z.string(), name: z.string(), nameAsWritten: z.string() });
export type TaskUnitDto = z.infer<typeof taskUnitSchema>;

export const milestoneSchema = z.object({ id: z.string(), due: isoDate, kind: z.enum(MILESTONE_KINDS), label: z.string() });
export type MilestoneDto = z.infer<typeof milestoneSchema>;

export const planTaskSchema = z.object({
  id: z.string(),
  no: z.string(),
  parentNo: z.string().nullable(),
  content: z.string(),
  scheduleRaw: z.string().nullable(),
  scheduleItems: z.array(scheduleItemSchema),
  lead: taskUnitSchema.nullable(),
  partners: z.array(taskUnitSchema),
  milestones: z.array(milestoneSchema),
  version: z.number().int(),
});
export type PlanTaskDto = z.infer<typeof planTaskSchema>;

export const planDetailSchema = planSummarySchema.extend({
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  planYear: z.number().int().nullable(),
  sourceFileName: z.string(),
  sourceSha256: z.string(),
  tasks: z.array(planTaskSchema),
  indicators: z.array(indicatorSchema),
});
export type PlanDetailDto = z.infer<typeof planDetailSchema>;

export const planUpdateSchema = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  status: planStatusSchema.optional(),
  reportingCycle: reportingCycleSchema.optional(),
  warningDays: z.number().int().min(0).max(365).optional(),
});
export type PlanUpdateDto = z.infer<typeof planUpdateSchema>;
