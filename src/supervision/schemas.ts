import { z } from "zod";
import { regionCodeSchema } from "../shared/api";
import { isoDaySchema } from "./dates";
import { LIGHTS } from "./lights";

/** Request and response schemas of the supervision API (API.md is the prose version). */
export const lightSchema = z.enum(LIGHTS);
export const progressSchema = z.enum(["not-started", "in-progress", "done", "blocked"]);
export const reportStateSchema = z.enum(["draft", "submitted", "accepted", "returned", "locked"]);
export const idParams = z.object({ id: z.uuid() });
export const planIdParams = z.object({ planId: z.uuid() });

export const evidenceSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const reportSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  planId: z.string(),
  taskId: z.string(),
  milestoneId: z.string(),
  due: z.string(),
  milestoneLabel: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  role: z.enum(["lead", "partner"]),
  progress: progressSchema,
  narrative: z.string(),
  figures: z.record(z.string(), z.union([z.number(), z.string()])),
  state: reportStateSchema,
  isFinal: z.boolean(),
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  acceptedOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  evidence: z.array(evidenceSchema),
});
export type ReportDto = z.infer<typeof reportSchema>;

export const reportDetailSchema = reportSchema.extend({
  task: z.object({ id: z.string(), no: z.string(), content: z.string(), chapter: z.string().nullable() }),
  partners: z.array(reportSchema),
  lead: reportSchema.nullable(),
});

const figureKey = z.string().trim().min(1).max(60);
export const reportPatchSchema = z.strictObject({
  progress: progressSchema.optional(),
  narrative: z.string().max(20_000).optional(),
  figures: z
    .record(figureKey, z.union([z.number().finite(), z.string().max(200)]))
    .refine((value) => Object.keys(value).length <= 50, "至多 50 项 / at most 50 figures")
    .optional(),
  isFinal: z.boolean().optional(),
});

export const reasonBodySchema = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};
export const reportListQuery = z.object({
  planId: z.uuid().optional(),
  taskId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  state: reportStateSchema.optional(),
  ...paging,
});

export const asOfQuery = z.object({ asOf: isoDaySchema.optional() });
export const listFilterQuery = z.object({
  asOf: isoDaySchema.optional(),
  planId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  chapter: z.string().max(200).optional(),
  regionCode: regionCodeSchema.optional(),
  ...paging,
});
export const reviewQueueQuery = z.object({ planId: z.uuid().optional(), regionCode: regionCodeSchema.optional(), ...paging });

export const countsSchema = z.object({
  done: z.number().int(),
  green: z.number().int(),
  yellow: z.number().int(),
  red: z.number().int(),
  grey: z.number().int(),
  total: z.number().int(),
});

export const noticeLevelSchema = z.enum(["yellow", "orange", "red"]);
export const noticeKindSchema = z.enum(["reminder", "supervision"]);
export const noticeStateSchema = z.enum(["open", "responded", "closed"]);
export const noticeSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  planId: z.string(),
  taskId: z.string(),
  taskNo: z.string(),
  taskContent: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  milestoneId: z.string().nullable(),
  kind: noticeKindSchema,
  level: noticeLevelSchema,
  message: z.string(),
  responseDue: z.string(),
  state: noticeStateSchema,
  response: z.string().nullable(),
  respondedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  issuedAt: z.string(),
  version: z.number().int(),
});
export type NoticeDto = z.infer<typeof noticeSchema>;
export const noticeCreateSchema = z.strictObject({
  taskId: z.uuid(),
  unitId: z.uuid(),
  milestoneId: z.uuid().optional(),
  message: z.string().trim().min(1).max(2000),
  asOf: isoDaySchema.optional(),
  /** The office may set another rung than the ladder's; the reason is then required and audited. */
  level: noticeLevelSchema.optional(),
  levelReason: z.string().trim().min(1).max(500).optional(),
});
export const noticeRespondSchema = z.strictObject({ response: z.string().trim().min(1).max(5000) });
export const noticeListQuery = z.object({
  state: noticeStateSchema.optional(),
  kind: noticeKindSchema.optional(),
  planId: z.uuid().optional(),
  unitId: z.uuid().optional(),
  regionCode: regionCodeSchema.optional(),
  ...paging,
});
