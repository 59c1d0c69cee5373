import { z } from "zod";
import { countsSchema } from "../supervision/schemas";

/**
 * Response schemas of the public portal. Strict objects: a field the presenter did not declare
 * here makes the response fail (500) instead of reaching the public.
 */

const light = z.enum(["done", "green", "yellow", "red", "grey"]);
const rating = z.enum(["completed", "basically-completed", "not-completed"]);
const kind = z.enum(["mid-term", "final", "annual"]);

export const publicIdParams = z.object({ id: z.uuid() });

export const publicPlanSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  publishedAt: z.string(),
});

// The supervision counts, strict here: an undeclared field fails the public answer instead of leaking.
export const publicCountsSchema = z.strictObject(countsSchema.shape);

export const publicPlanDetailSchema = publicPlanSchema.extend({ asOf: z.string(), light, counts: publicCountsSchema });

export const publicTaskSchema = z.strictObject({
  id: z.string(),
  no: z.string(),
  parentNo: z.string().nullable(),
  chapter: z.string().nullable(),
  content: z.string(),
  schedule: z.string().nullable(),
  leadUnit: z.string().nullable(),
  partnerUnits: z.array(z.string()),
  light,
  progress: z
    .strictObject({ text: z.string(), progress: z.enum(["not-started", "in-progress", "done", "blocked"]), due: z.string(), acceptedOn: z.string() })
    .nullable(),
});

export const publicIndicatorSchema = z.strictObject({
  id: z.string(),
  no: z.string(),
  name: z.string(),
  attribute: z.enum(["binding", "expected"]).nullable(),
  target: z.strictObject({ op: z.enum([">", ">=", "=", "<", "<="]), value: z.number().nullable(), unit: z.string().nullable(), text: z.string().nullable() }),
  baseline: z.strictObject({ value: z.number(), year: z.number().int() }).nullable(),
  targetYear: z.number().int(),
  isRate: z.boolean(),
  year: z.number().int(),
  value: z.number().nullable(),
  status: z.enum(["met", "on-track", "behind", "no-data"]),
  light: z.enum(["green", "yellow", "red", "grey"]),
  expected: z.number().nullable(),
});

export const publicEvaluationSchema = z.strictObject({
  id: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  kind,
  year: z.number().int().nullable(),
  asOf: z.string(),
  evaluatorOrg: z.string(),
  publishedAt: z.string(),
});

export const publicEvaluationDetailSchema = publicEvaluationSchema.extend({
  summary: z.strictObject({
    tasksTotal: z.number().int(),
    completed: z.number().int(),
    basicallyCompleted: z.number().int(),
    notCompleted: z.number().int(),
    completionRate: z.number(),
  }),
  units: z.array(
    z.strictObject({
      unit: z.string(),
      tasks: z.number().int(),
      completed: z.number().int(),
      basicallyCompleted: z.number().int(),
      notCompleted: z.number().int(),
      completionRate: z.number(),
    }),
  ),
  indicators: z.array(
    z.strictObject({
      name: z.string(),
      attribute: z.enum(["binding", "expected"]).nullable(),
      targetText: z.string(),
      unit: z.string().nullable(),
      baseline: z.strictObject({ value: z.number(), year: z.number().int() }).nullable(),
      actual: z.number().nullable(),
      status: z.enum(["met", "on-track", "behind", "no-data"]),
      note: z.string().optional(),
    }),
  ),
  overdue: z.array(z.strictObject({ taskNo: z.string(), task: z.string(), unit: z.string(), milestoneDue: z.string(), daysOverdue: z.number().int() })),
  findings: z.array(z.strictObject({ taskNo: z.string(), task: z.string(), units: z.string(), rating, comment: z.string() })),
  overall: z.string(),
});

/** Query strings are plain objects (not strict): unknown parameters such as ?fields= or ?include= are dropped, never honoured. */
export const publicYearQuery = z.object({ year: z.coerce.number().int().min(1949).max(2100).optional() });
export const publicEvaluationListQuery = z.object({ planId: z.uuid().optional() });
