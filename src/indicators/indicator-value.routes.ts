import { listPlanId, viewerOf } from "../supervision/viewer";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { regionPrefix } from "../regions/region-scope";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion } from "../server/if-match";
import { findIndicator } from "./indicator.repository";
import { findIndicatorValue, searchIndicatorValues, type IndicatorValueRow } from "./indicator-value.repository";
import { presentIndicatorValue } from "./indicator.presenter";
import { indicatorIdParams, indicatorValueSchema, valueCreateSchema, valueListQuery, valueListResponse, valuePatchSchema } from "./indicator.schemas";
import { acceptValue, createValue, editValue, returnValue, submitValue } from "./indicator-value.service";
import type { WriteContext } from "./write-context";

const reasonBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });

/** Entering, submitting and reviewing indicator values; thin handlers over indicator-value.service. */
export function registerIndicatorValueRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  const write = (request: FastifyRequest, work: (ctx: WriteContext) => Promise<IndicatorValueRow>) =>
    writeTransaction(request, (tx, record) => work({ tx, record, user: request.user!, now: request.server.ctx.clock.now() }));

  const respond = async (request: FastifyRequest, reply: FastifyReply, row: IndicatorValueRow, status = 200) => {
    const db = request.server.ctx.db;
    const [view, indicator] = await Promise.all([findIndicatorValue(db, row.id), findIndicator(db, row.indicatorId)]);
    if (!view || !indicator) throw notFound("指标数值", "Indicator value");
    return reply.status(status).header("etag", `"${view.version}"`).send(presentIndicatorValue(view, indicator.isRate));
  };

  r.get(
    "/api/indicator-values",
    { config: policy({ permission: "indicator.read", scope: "region" }), schema: { tags: ["indicators"], querystring: valueListQuery, response: { 200: valueListResponse } } },
    async (request) => {
      const user = request.user!;
      const { limit, offset, ...filter } = request.query;
      // The office, leaders and evaluators see their subtree (an assigned evaluator its plan); a liaison only its unit's indicators.
      const viewer = viewerOf(user);
      const regionWide = viewer.kind === "region";
      if (!regionWide && !user.unitId) return { items: [], total: 0 };
      const page = await searchIndicatorValues(
        request.server.ctx.db,
        { ...filter, planId: listPlanId(viewer, filter.planId), prefix: regionPrefix(user.regionCode), ...(regionWide ? {} : { responsibleUnitId: user.unitId ?? undefined }) },
        limit,
        offset,
      );
      const ids = [...new Set(page.items.map((v) => v.indicatorId))];
      const rate = new Map<string, boolean>();
      for (const id of ids) rate.set(id, (await findIndicator(request.server.ctx.db, id))?.isRate ?? false);
      return { items: page.items.map((v) => presentIndicatorValue(v, rate.get(v.indicatorId) ?? false)), total: page.total };
    },
  );

  r.post(
    "/api/indicators/:id/values",
    { config: policy({ permission: "indicator.enter", scope: "unit" }), schema: { tags: ["indicators"], params: indicatorIdParams, body: valueCreateSchema, response: { 201: indicatorValueSchema } } },
    async (request, reply) => respond(request, reply, await write(request, (ctx) => createValue(ctx, request.params.id, request.body)), 201),
  );

  r.patch(
    "/api/indicator-values/:id",
    { config: policy({ permission: "indicator.enter", scope: "unit" }), schema: { tags: ["indicators"], params: indicatorIdParams, body: valuePatchSchema, response: { 200: indicatorValueSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return respond(request, reply, await write(request, (ctx) => editValue(ctx, request.params.id, version, request.body)));
    },
  );

  r.post(
    "/api/indicator-values/:id/submit",
    { config: policy({ permission: "indicator.enter", scope: "unit" }), schema: { tags: ["indicators"], params: indicatorIdParams, response: { 200: indicatorValueSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return respond(request, reply, await write(request, (ctx) => submitValue(ctx, request.params.id, version)));
    },
  );

  r.post(
    "/api/indicator-values/:id/accept",
    { config: policy({ permission: "indicator.review", scope: "region" }), schema: { tags: ["indicators"], params: indicatorIdParams, response: { 200: indicatorValueSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return respond(request, reply, await write(request, (ctx) => acceptValue(ctx, request.params.id, version)));
    },
  );

  r.post(
    "/api/indicator-values/:id/return",
    {
      config: policy({ permission: "indicator.review", scope: "region" }),
      schema: { tags: ["indicators"], params: indicatorIdParams, body: reasonBody, response: { 200: indicatorValueSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      return respond(request, reply, await write(request, (ctx) => returnValue(ctx, request.params.id, version, request.body.reason)));
    },
  );
}
