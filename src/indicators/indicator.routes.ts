import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion } from "../server/if-match";
import { todayIn } from "../supervision/dates";
import { requireVisiblePlan } from "../supervision/plan-lookup";
import { viewerOf } from "../supervision/viewer";
import { requireVisibleIndicator } from "./indicator-access";
import { indicatorSeries, loadPlanFigures, planIndicatorList, viewedRegion } from "./indicator-read.service";
import { listIndicatorValues } from "./indicator-value.repository";
import { presentIndicator, presentIndicatorValue } from "./indicator.presenter";
import {
  indicatorDetailQuery,
  indicatorDetailResponse,
  indicatorIdParams,
  indicatorPatchSchema,
  indicatorSchema,
  planIndicatorParams,
  planIndicatorsQuery,
  planIndicatorsResponse,
} from "./indicator.schemas";
import { updateIndicatorSettings } from "./indicator.service";

/** A plan's indicators with their figures and status, one indicator's series, and the office's settings. */
export function registerIndicatorRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/plans/:planId/indicators",
    {
      config: policy({ permission: "indicator.read", scope: "region" }),
      schema: { tags: ["indicators"], params: planIndicatorParams, querystring: planIndicatorsQuery, response: { 200: planIndicatorsResponse } },
    },
    async (request) => {
      const { db, clock } = request.server.ctx;
      const plan = await requireVisiblePlan(db, viewerOf(request.user!), request.params.planId);
      return planIndicatorList(db, plan, request.query, todayIn(clock), clock.now());
    },
  );

  r.get(
    "/api/indicators/:id",
    {
      config: policy({ permission: "indicator.read", scope: "region" }),
      schema: { tags: ["indicators"], params: indicatorIdParams, querystring: indicatorDetailQuery, response: { 200: indicatorDetailResponse } },
    },
    async (request, reply) => {
      const { db, clock } = request.server.ctx;
      const { indicator, plan } = await requireVisibleIndicator(db, request.user!, request.params.id);
      const figures = await loadPlanFigures(db, plan, request.query.basis, clock.now());
      const regionCode = viewedRegion(figures.tree, plan, request.query.regionCode);
      const mine = figures.items.find((item) => item.indicator.id === indicator.id);
      const values = await listIndicatorValues(db, indicator.id);
      const series = mine ? indicatorSeries(mine.figures, regionCode, todayIn(clock), plan.periodEnd, request.query.year) : { year: plan.periodEnd, series: [], children: [] };
      return reply.header("etag", `"${indicator.version}"`).send({
        ...presentIndicator(indicator),
        ...series,
        values: values.map((v) => presentIndicatorValue(v, indicator.isRate)),
      });
    },
  );

  r.patch(
    "/api/indicators/:id",
    {
      config: policy({ permission: "indicator.review", scope: "region" }),
      schema: { tags: ["indicators"], params: indicatorIdParams, body: indicatorPatchSchema, response: { 200: indicatorSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const row = await writeTransaction(request, (tx, record) =>
        updateIndicatorSettings({ tx, record, user: request.user!, now: request.server.ctx.clock.now() }, request.params.id, version, request.body),
      );
      return reply.header("etag", `"${row.version}"`).send(presentIndicator(row));
    },
  );
}
