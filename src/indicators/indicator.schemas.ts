import { z } from "zod";

/** Request and response shapes of the indicator routes (API.md). */

const targetOp = z.enum([">", ">=", "=", "<", "<="]);
const year = z.coerce.number().int().min(1949).max(2100);
const figureNumber = z.number().finite().nonnegative().max(1e12);

export const indicatorIdParams = z.object({ id: z.uuid() });
export const planIndicatorParams = z.object({ planId: z.uuid() });

export const indicatorSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  planId: z.string(),
  seq: z.number().int(),
  no: z.string(),
  name: z.string(),
  target: z.object({
    op: targetOp,
    value: z.number().nullable(),
    unit: z.string().nullable(),
    text: z.string().nullable(),
    change: z.object({ direction: z.enum(["increase", "decrease"]), baseYear: z.number().int().nullable() }).nullable(),
  }),
  attribute: z.enum(["binding", "expected"]).nullable(),
  weight: z.number().nullable(),
  baseline: z.object({ value: z.number(), year: z.number().int() }).nullable(),
  targetYear: z.number().int(),
  responsibleUnit: z.object({ id: z.string(), name: z.string() }).nullable(),
  definition: z.object({ concept: z.string().nullable(), numerator: z.string().nullable(), denominator: z.string().nullable() }),
  isRate: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const figureSchema = z.object({
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  source: z.enum(["entered", "rolled-up", "none"]),
  coverage: z.object({ complete: z.boolean(), reporting: z.array(z.string()), missing: z.array(z.string()) }),
  status: z.object({
    status: z.enum(["met", "on-track", "behind", "no-data"]),
    light: z.enum(["green", "yellow", "red", "grey"]),
    reason: z.enum(["target-not-numeric", "relative-target", "no-value", "no-baseline"]).nullable(),
    expected: z.number().nullable(),
    elapsed: z.number().nullable(),
  }),
});

export const valueStateSchema = z.enum(["draft", "submitted", "accepted", "returned"]);

export const indicatorValueSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  indicatorId: z.string(),
  planId: z.string(),
  year: z.number().int(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
  note: z.string(),
  state: valueStateSchema,
  returnReason: z.string().nullable(),
  submittedAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});

export const basisSchema = z.enum(["accepted", "all"]);

export const planIndicatorsQuery = z.object({
  year: year.optional(),
  regionCode: z.string().regex(/^\d{6}(\d{3}){0,2}$/).optional(),
  basis: basisSchema.default("accepted"),
});

export const planIndicatorsResponse = z.object({
  planId: z.string(),
  regionCode: z.string(),
  regionName: z.string().nullable(),
  year: z.number().int(),
  years: z.array(z.number().int()),
  basis: basisSchema,
  items: z.array(indicatorSchema.extend({ figure: figureSchema, children: z.array(figureSchema) })),
});

/** `year` picks the year of `children` (default: the latest with data at the viewed region). */
export const indicatorDetailQuery = planIndicatorsQuery;

export const indicatorDetailResponse = indicatorSchema.extend({
  year: z.number().int(),
  series: z.array(figureSchema),
  children: z.array(figureSchema),
  values: z.array(indicatorValueSchema),
});

export const indicatorPatchSchema = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  target: z
    .strictObject({
      op: targetOp,
      value: z.number().finite().nullable(),
      unit: z.string().trim().max(20).nullable(),
      text: z.string().trim().max(200).nullable().optional(),
    })
    .optional(),
  attribute: z.enum(["binding", "expected"]).nullable().optional(),
  weight: z.number().finite().nonnegative().max(1000).nullable().optional(),
  baseline: z.strictObject({ value: z.number().finite(), year: z.number().int().min(1949).max(2100) }).nullable().optional(),
  targetYear: z.number().int().min(1949).max(2100).optional(),
  responsibleUnitId: z.uuid().nullable().optional(),
  definition: z
    .strictObject({ numerator: z.string().trim().max(500).nullable(), denominator: z.string().trim().max(500).nullable() })
    .optional(),
  isRate: z.boolean().optional(),
});
export type IndicatorPatch = z.infer<typeof indicatorPatchSchema>;

export const valueCreateSchema = z.strictObject({
  regionCode: z.string().regex(/^\d{6}(\d{3}){0,2}$/),
  year: z.number().int().min(1949).max(2100),
  numerator: figureNumber.optional(),
  denominator: figureNumber.optional(),
  value: figureNumber.optional(),
  note: z.string().max(2000).optional(),
});
export type ValueCreate = z.infer<typeof valueCreateSchema>;

export const valuePatchSchema = z.strictObject({
  numerator: figureNumber.nullable().optional(),
  denominator: figureNumber.nullable().optional(),
  value: figureNumber.nullable().optional(),
  note: z.string().max(2000).optional(),
});
export type ValuePatch = z.infer<typeof valuePatchSchema>;

export const valueListQuery = z.object({
  planId: z.uuid().optional(),
  indicatorId: z.uuid().optional(),
  regionCode: z.string().regex(/^\d{6}(\d{3}){0,2}$/).optional(),
  year: year.optional(),
  state: valueStateSchema.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const valueListResponse = z.object({ items: z.array(indicatorValueSchema), total: z.number().int() });
