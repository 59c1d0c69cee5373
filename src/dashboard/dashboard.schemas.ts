import { z } from "zod";
import { regionCodeSchema } from "../shared/api";
import { isoDaySchema } from "../supervision/dates";
import { countsSchema, lightSchema } from "../supervision/schemas";

/** Request and response shapes of the dashboard (API.md is the prose version). */

export const dashboardQuery = z.object({ asOf: isoDaySchema.optional(), regionCode: regionCodeSchema.optional(), planId: z.uuid().optional() });
export const unitTasksQuery = dashboardQuery.extend({ unitId: z.uuid() });

const regionRef = z.object({ regionCode: z.string(), name: z.string() });
const planSummary = z.object({
  planId: z.string(),
  title: z.string(),
  regionCode: z.string(),
  periodStart: z.number().int(),
  periodEnd: z.number().int(),
  warningDays: z.number().int(),
});

export const dashboardIndicatorSchema = z.object({
  id: z.string(),
  no: z.string(),
  name: z.string(),
  attribute: z.enum(["binding", "expected"]).nullable(),
  isRate: z.boolean(),
  target: z.object({ op: z.enum([">", ">=", "=", "<", "<="]), value: z.number().nullable(), unit: z.string().nullable(), text: z.string().nullable() }),
  value: z.number().nullable(),
  expected: z.number().nullable(),
  status: z.enum(["met", "on-track", "behind", "no-data"]),
  light: z.enum(["green", "yellow", "red", "grey"]),
});

export const dashboardResponse = z.object({
  asOf: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  path: z.array(regionRef),
  plan: planSummary.nullable(),
  plans: z.array(planSummary),
  light: lightSchema,
  counts: countsSchema,
  units: z.array(z.object({ unitId: z.string(), unitName: z.string(), lead: countsSchema, partner: countsSchema })),
  unitsTotal: z.number().int(),
  chapters: z.array(z.object({ chapter: z.string().nullable(), counts: countsSchema })),
  trend: z.array(z.object({ date: z.string(), counts: countsSchema, overdue: z.number().int() })),
  indicators: z.object({ year: z.number().int(), regionCode: z.string(), items: z.array(dashboardIndicatorSchema) }).nullable(),
  children: z.array(regionRef.extend({ light: lightSchema, counts: countsSchema })),
});
export type DashboardDto = z.infer<typeof dashboardResponse>;

export const unitTasksResponse = z.object({
  asOf: z.string(),
  unitId: z.string(),
  items: z.array(
    z.object({
      taskId: z.string(),
      planId: z.string(),
      planTitle: z.string(),
      no: z.string(),
      content: z.string(),
      role: z.enum(["lead", "partner"]),
      light: lightSchema,
    }),
  ),
});
export type UnitTasksDto = z.infer<typeof unitTasksResponse>;
