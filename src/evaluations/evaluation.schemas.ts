import { z } from "zod";
import { figureSchema } from "../indicators/indicator.schemas";
import { isoDaySchema } from "../supervision/dates";

/** Request and response shapes of the evaluation routes (src/indicators/API.md). */

export const ratingSchema = z.enum(["completed", "basically-completed", "not-completed"]);
const kindSchema = z.enum(["mid-term", "final", "annual"]);
const lightSchema = z.enum(["done", "green", "yellow", "red", "grey"]);

export const evaluationIdParams = z.object({ id: z.uuid() });
export const taskScoreParams = z.object({ id: z.uuid(), taskId: z.uuid() });
export const indicatorScoreParams = z.object({ id: z.uuid(), indicatorId: z.uuid() });

export const evaluationSchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  kind: kindSchema,
  year: z.number().int().nullable(),
  asOf: z.string(),
  evaluatorOrg: z.string(),
  overall: z.string(),
  state: z.enum(["draft", "published"]),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  progress: z.object({ tasks: z.number().int(), tasksScored: z.number().int(), indicators: z.number().int(), indicatorsScored: z.number().int() }),
});

export const evaluationDetailSchema = evaluationSchema.extend({
  indicatorYear: z.number().int(),
  tasks: z.array(
    z.object({
      taskId: z.string(),
      no: z.string(),
      content: z.string(),
      chapter: z.string().nullable(),
      units: z.array(z.string()),
      light: lightSchema,
      suggestedRating: ratingSchema,
      rating: ratingSchema.nullable(),
      comment: z.string(),
    }),
  ),
  indicators: z.array(
    z.object({
      indicatorId: z.string(),
      no: z.string(),
      name: z.string(),
      attribute: z.enum(["binding", "expected"]).nullable(),
      target: z.object({ op: z.enum([">", ">=", "=", "<", "<="]), value: z.number().nullable(), unit: z.string().nullable(), text: z.string().nullable() }),
      figure: figureSchema,
      rating: ratingSchema.nullable(),
      comment: z.string(),
    }),
  ),
});

export const evaluationListQuery = z.object({ planId: z.uuid().optional(), state: z.enum(["draft", "published"]).optional() });

export const evaluationCreateSchema = z
  .strictObject({
    planId: z.uuid(),
    kind: kindSchema,
    year: z.number().int().min(1949).max(2100).optional(),
    asOf: isoDaySchema,
    evaluatorOrg: z.string().trim().min(1).max(200),
  })
  .refine((body) => (body.kind === "annual") === (body.year !== undefined), {
    message: "年度检查须指定年份，中期/终期评估不指定 / an annual review needs a year, the others none",
    path: ["year"],
  });
export type EvaluationCreate = z.infer<typeof evaluationCreateSchema>;

export const evaluationPatchSchema = z.strictObject({
  overall: z.string().max(50_000).optional(),
  asOf: isoDaySchema.optional(),
  evaluatorOrg: z.string().trim().min(1).max(200).optional(),
});
export type EvaluationPatch = z.infer<typeof evaluationPatchSchema>;

export const scoreBodySchema = z.strictObject({ rating: ratingSchema, comment: z.string().max(5000).optional() });
export type ScoreBody = z.infer<typeof scoreBodySchema>;

/** Many task scores at once (采用建议评分): one transaction, one version bump. A task named twice is refused, not guessed at. */
export const taskScoresBodySchema = z.strictObject({
  items: z
    .array(scoreBodySchema.extend({ taskId: z.uuid() }))
    .min(1)
    .max(2000)
    .superRefine((items, ctx) => {
      const seen = new Set<string>();
      for (const [index, item] of items.entries()) {
        if (seen.has(item.taskId)) ctx.addIssue({ code: "custom", path: [index, "taskId"], message: `任务重复 / task listed twice: ${item.taskId}` });
        seen.add(item.taskId);
      }
    }),
});
export type TaskScoresBody = z.infer<typeof taskScoresBodySchema>;
