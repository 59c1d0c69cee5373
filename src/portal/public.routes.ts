import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { loadEvaluationData } from "../evaluations/evaluation-data";
import { sendReport } from "../evaluations/evaluation-files";
import { buildEvaluationReport } from "../evaluations/evaluation-report";
import { listPublishedEvaluations, planTasks, planTaskUnits } from "../evaluations/evaluation.repository";
import { defaultYear } from "../indicators/indicator-figures";
import { loadPlanFigures } from "../indicators/indicator-read.service";
import { policy } from "../server/authenticate";
import { todayIn } from "../supervision/dates";
import { addCount, emptyCounts, worstLight, type Light } from "../supervision/lights";
import { planUnitLights } from "../supervision/lights.repository";
import {
  presentPublicCounts,
  presentPublicEvaluation,
  presentPublicEvaluationDetail,
  presentPublicIndicator,
  presentPublicPlan,
  presentPublicTask,
  publicReportModel,
} from "./public-presenters";
import { loadPublicText } from "./public-text";
import { findPublishedPlan, latestAcceptedProgress, listPublishedPlans, type PublishedPlanRow } from "./public.repository";
import {
  publicEvaluationDetailSchema,
  publicEvaluationListQuery,
  publicEvaluationSchema,
  publicIdParams,
  publicIndicatorSchema,
  publicPlanDetailSchema,
  publicPlanSchema,
  publicTaskSchema,
  publicYearQuery,
} from "./public.schemas";

const open = { config: policy({ permission: "public", scope: "none" }) };

/**
 * The public portal (信息公开), no login: only published plans and published evaluations of
 * published plans; everything unpublished answers 404 exactly like what does not exist. Answers are
 * built by the allow-list presenters only.
 */
export async function publicRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const requirePlan = async (db: FastifyInstance["ctx"]["db"], id: string): Promise<PublishedPlanRow> => {
    const plan = await findPublishedPlan(db, id);
    if (!plan) throw notFound("规划", "Plan");
    return plan;
  };

  const taskLights = async (db: FastifyInstance["ctx"]["db"], plan: PublishedPlanRow, asOf: string) => {
    const rows = await planUnitLights(db, plan.regionCode, plan.id, asOf);
    return new Map<string, Light>(rows.filter((row) => row.role === "lead").map((row) => [row.taskId, row.light]));
  };

  r.get("/api/public/plans", { ...open, schema: { tags: ["public"], response: { 200: z.strictObject({ items: z.array(publicPlanSchema) }) } } }, async (request) => {
    const rows = await listPublishedPlans(request.server.ctx.db);
    return { items: rows.map(presentPublicPlan) };
  });

  r.get(
    "/api/public/plans/:id",
    { ...open, schema: { tags: ["public"], params: publicIdParams, response: { 200: publicPlanDetailSchema } } },
    async (request) => {
      const { db, clock } = request.server.ctx;
      const plan = await requirePlan(db, request.params.id);
      const asOf = todayIn(clock);
      const [tasks, lights] = await Promise.all([planTasks(db, plan.regionCode, plan.id), taskLights(db, plan, asOf)]);
      const counts = emptyCounts();
      for (const task of tasks) addCount(counts, lights.get(task.id) ?? "grey");
      return { ...presentPublicPlan(plan), asOf, light: worstLight(counts), counts: presentPublicCounts(counts) };
    },
  );

  r.get(
    "/api/public/plans/:id/tasks",
    { ...open, schema: { tags: ["public"], params: publicIdParams, response: { 200: z.strictObject({ asOf: z.string(), items: z.array(publicTaskSchema) }) } } },
    async (request) => {
      const { db, clock } = request.server.ctx;
      const plan = await requirePlan(db, request.params.id);
      const asOf = todayIn(clock);
      const [tasks, units, lights, progress, publicText] = await Promise.all([
        planTasks(db, plan.regionCode, plan.id),
        planTaskUnits(db, plan.regionCode, plan.id),
        taskLights(db, plan, asOf),
        latestAcceptedProgress(db, plan.regionCode, plan.id, asOf),
        loadPublicText(db),
      ]);
      const progressByTask = new Map(progress.map((p) => [p.taskId, p]));
      return {
        asOf,
        items: tasks.map((task) => presentPublicTask(task, units.get(task.id) ?? [], lights.get(task.id) ?? "grey", progressByTask.get(task.id), publicText)),
      };
    },
  );

  r.get(
    "/api/public/plans/:id/indicators",
    {
      ...open,
      schema: { tags: ["public"], params: publicIdParams, querystring: publicYearQuery, response: { 200: z.strictObject({ year: z.number().int(), items: z.array(publicIndicatorSchema) }) } },
    },
    async (request) => {
      const { db, clock } = request.server.ctx;
      const plan = await requirePlan(db, request.params.id);
      // Accepted figures only: what the office has reviewed is what may be published.
      const figures = await loadPlanFigures(db, plan, "accepted", clock.now());
      const years = [...new Set(figures.items.flatMap((i) => i.figures.yearsWithData(plan.regionCode)))].sort((a, b) => a - b);
      const year = request.query.year ?? defaultYear(years, todayIn(clock), plan.periodEnd);
      return { year, items: figures.items.map(({ indicator, figures: f }) => presentPublicIndicator(indicator, f.figure(plan.regionCode, year))) };
    },
  );

  r.get(
    "/api/public/evaluations",
    { ...open, schema: { tags: ["public"], querystring: publicEvaluationListQuery, response: { 200: z.strictObject({ items: z.array(publicEvaluationSchema) }) } } },
    async (request) => {
      const rows = await listPublishedEvaluations(request.server.ctx.db, { planId: request.query.planId });
      return { items: rows.map(presentPublicEvaluation) };
    },
  );

  const requireEvaluation = async (db: FastifyInstance["ctx"]["db"], id: string) => {
    const row = (await listPublishedEvaluations(db, { id }))[0];
    if (!row) throw notFound("评估", "Evaluation");
    return row;
  };

  r.get(
    "/api/public/evaluations/:id",
    { ...open, schema: { tags: ["public"], params: publicIdParams, response: { 200: publicEvaluationDetailSchema } } },
    async (request) => {
      const { db, clock } = request.server.ctx;
      const row = await requireEvaluation(db, request.params.id);
      const model = buildEvaluationReport(await loadEvaluationData(db, row, clock.now()));
      return presentPublicEvaluationDetail(row, model, await loadPublicText(db));
    },
  );

  r.get("/api/public/evaluations/:id/report.pdf", { ...open, schema: { tags: ["public"], params: publicIdParams } }, async (request, reply) => {
    const { db, clock } = request.server.ctx;
    const row = await requireEvaluation(db, request.params.id);
    const model = publicReportModel(buildEvaluationReport(await loadEvaluationData(db, row, clock.now())), await loadPublicText(db));
    return sendReport(reply, model, "pdf");
  });
}
