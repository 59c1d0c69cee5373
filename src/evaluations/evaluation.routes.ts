import { listPlanId, viewerOf } from "../supervision/viewer";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { WriteContext } from "../indicators/write-context";
import { regionPrefix } from "../regions/region-scope";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion } from "../server/if-match";
import { loadEvaluationData } from "./evaluation-data";
import { REPORT_FORMATS, sendReport, type ReportFormat } from "./evaluation-files";
import { buildEvaluationReport } from "./evaluation-report";
import { evaluationProgress, listEvaluations, type EvaluationRow } from "./evaluation.repository";
import { presentEvaluation, presentEvaluationDetail } from "./evaluation.presenter";
import {
  evaluationCreateSchema,
  evaluationDetailSchema,
  evaluationIdParams,
  evaluationListQuery,
  evaluationPatchSchema,
  evaluationSchema,
  indicatorScoreParams,
  scoreBodySchema,
  taskScoreParams,
  taskScoresBodySchema,
} from "./evaluation.schemas";
import {
  createEvaluation,
  publishEvaluation,
  requireVisibleEvaluation,
  scoreIndicator,
  scoreTask,
  scoreTasks,
  unpublishEvaluation,
  updateEvaluation,
} from "./evaluation.service";

/** Evaluations (中期 / 终期评估, 年度检查): create, score, findings, publish, and the report files. */
export async function evaluationRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const write = (request: FastifyRequest, work: (ctx: WriteContext) => Promise<EvaluationRow>) =>
    writeTransaction(request, (tx, record) => work({ tx, record, user: request.user!, now: request.server.ctx.clock.now() }));

  const detail = async (request: FastifyRequest, reply: FastifyReply, row: EvaluationRow, status = 200) => {
    const data = await loadEvaluationData(request.server.ctx.db, row, request.server.ctx.clock.now());
    return reply.status(status).header("etag", `"${row.version}"`).send(presentEvaluationDetail(data));
  };

  r.get(
    "/api/evaluations",
    {
      config: policy({ permission: "evaluation.read", scope: "region" }),
      schema: { tags: ["evaluations"], querystring: evaluationListQuery, response: { 200: z.object({ items: z.array(evaluationSchema) }) } },
    },
    async (request) => {
      const planId = listPlanId(viewerOf(request.user!), request.query.planId);
      const rows = await listEvaluations(request.server.ctx.db, { prefix: regionPrefix(request.user!.regionCode), ...request.query, planId });
      const progress = await evaluationProgress(request.server.ctx.db, rows);
      const none = { tasks: 0, tasksScored: 0, indicators: 0, indicatorsScored: 0 };
      return { items: rows.map((row) => presentEvaluation(row, row.planTitle, progress.get(row.id) ?? none)) };
    },
  );

  r.post(
    "/api/evaluations",
    { config: policy({ permission: "evaluation.manage", scope: "region" }), schema: { tags: ["evaluations"], body: evaluationCreateSchema, response: { 201: evaluationDetailSchema } } },
    async (request, reply) => detail(request, reply, await write(request, (ctx) => createEvaluation(ctx, request.body)), 201),
  );

  r.get(
    "/api/evaluations/:id",
    { config: policy({ permission: "evaluation.read", scope: "region" }), schema: { tags: ["evaluations"], params: evaluationIdParams, response: { 200: evaluationDetailSchema } } },
    async (request, reply) => detail(request, reply, await requireVisibleEvaluation(request.server.ctx.db, request.user!, request.params.id)),
  );

  r.patch(
    "/api/evaluations/:id",
    {
      config: policy({ permission: "evaluation.write", scope: "region" }),
      schema: { tags: ["evaluations"], params: evaluationIdParams, body: evaluationPatchSchema, response: { 200: evaluationDetailSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return detail(request, reply, await write(request, (ctx) => updateEvaluation(ctx, request.params.id, version, request.body)));
    },
  );

  r.put(
    "/api/evaluations/:id/tasks/:taskId",
    {
      config: policy({ permission: "evaluation.write", scope: "region" }),
      schema: { tags: ["evaluations"], params: taskScoreParams, body: scoreBodySchema, response: { 200: evaluationDetailSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return detail(request, reply, await write(request, (ctx) => scoreTask(ctx, request.params.id, request.params.taskId, version, request.body)));
    },
  );

  r.put(
    "/api/evaluations/:id/tasks",
    {
      config: policy({ permission: "evaluation.write", scope: "region" }),
      schema: { tags: ["evaluations"], params: evaluationIdParams, body: taskScoresBodySchema, response: { 200: evaluationDetailSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return detail(request, reply, await write(request, (ctx) => scoreTasks(ctx, request.params.id, version, request.body)));
    },
  );

  r.put(
    "/api/evaluations/:id/indicators/:indicatorId",
    {
      config: policy({ permission: "evaluation.write", scope: "region" }),
      schema: { tags: ["evaluations"], params: indicatorScoreParams, body: scoreBodySchema, response: { 200: evaluationDetailSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return detail(request, reply, await write(request, (ctx) => scoreIndicator(ctx, request.params.id, request.params.indicatorId, version, request.body)));
    },
  );

  for (const [action, work] of [
    ["publish", publishEvaluation],
    ["unpublish", unpublishEvaluation],
  ] as const) {
    r.post(
      `/api/evaluations/:id/${action}`,
      { config: policy({ permission: "evaluation.manage", scope: "region" }), schema: { tags: ["evaluations"], params: evaluationIdParams, response: { 200: evaluationDetailSchema } } },
      async (request, reply) => {
        const version = requireIfMatchVersion(request);
        return detail(request, reply, await write(request, (ctx) => work(ctx, request.params.id, version)));
      },
    );
  }

  for (const format of Object.keys(REPORT_FORMATS) as ReportFormat[]) {
    r.get(
      `/api/evaluations/:id/report.${format}`,
      { config: policy({ permission: "evaluation.read", scope: "region" }), schema: { tags: ["evaluations"], params: evaluationIdParams } },
      async (request, reply) => {
        const row = await requireVisibleEvaluation(request.server.ctx.db, request.user!, request.params.id);
        const data = await loadEvaluationData(request.server.ctx.db, row, request.server.ctx.clock.now());
        return sendReport(reply, buildEvaluationReport(data), format);
      },
    );
  }
}
