import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";
import { regionCodeSchema } from "../shared/api";
import { todayIn } from "./dates";
import { listEvidence, listReviewQueue } from "./report.repository";
import { presentReport } from "./report.presenter";
import { asOfQuery, countsSchema, lightSchema, listFilterQuery, planIdParams, reportSchema, reviewQueueQuery } from "./schemas";
import { dueSoonList, overdueList, overview, planLights, timeline } from "./supervision.service";
import { isoDaySchema } from "./dates";
import { viewerOf } from "./viewer";

const roleSchema = z.enum(["lead", "partner"]);
const itemBase = {
  regionCode: z.string(),
  planId: z.string(),
  planTitle: z.string(),
  taskId: z.string(),
  taskNo: z.string(),
  taskContent: z.string(),
  chapter: z.string().nullable(),
  unitId: z.string(),
  unitName: z.string(),
  role: roleSchema,
};

export function asOfOf(request: FastifyRequest, asOf: string | undefined): string {
  return asOf ?? todayIn(request.server.ctx.clock);
}

/** Overview, plan lights, timeline, review queue, overdue and due-soon lists. */
export function registerOfficeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/supervision/overview",
    {
      config: policy({ permission: "report.read", scope: "region" }),
      schema: {
        tags: ["supervision"],
        querystring: z.object({ asOf: isoDaySchema.optional(), regionCode: regionCodeSchema.optional(), planId: z.uuid().optional() }),
        response: {
          200: z.object({
            asOf: z.string(),
            regionCode: z.string(),
            regionName: z.string(),
            light: lightSchema,
            counts: countsSchema,
            children: z.array(z.object({ regionCode: z.string(), name: z.string(), light: lightSchema, counts: countsSchema })),
            plans: z.array(z.object({ planId: z.string(), title: z.string(), regionCode: z.string(), light: lightSchema, counts: countsSchema })),
          }),
        },
      },
    },
    async (request) => overview(request.server.ctx.db, viewerOf(request.user!), { ...request.query, asOf: asOfOf(request, request.query.asOf) }),
  );

  r.get(
    "/api/plans/:planId/lights",
    {
      config: policy({ permission: "report.read", scope: "region" }),
      schema: {
        tags: ["supervision"],
        params: planIdParams,
        querystring: asOfQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            planId: z.string(),
            title: z.string(),
            warningDays: z.number().int(),
            light: lightSchema,
            counts: countsSchema,
            tasks: z.array(
              z.object({
                taskId: z.string(),
                no: z.string(),
                seq: z.number().int(),
                light: lightSchema,
                units: z.array(z.object({ unitId: z.string(), unitName: z.string(), role: roleSchema, light: lightSchema })),
              }),
            ),
          }),
        },
      },
    },
    async (request) => planLights(request.server.ctx.db, viewerOf(request.user!), request.params.planId, asOfOf(request, request.query.asOf)),
  );

  r.get(
    "/api/plans/:planId/timeline",
    {
      config: policy({ permission: "report.read", scope: "region" }),
      schema: {
        tags: ["supervision"],
        params: planIdParams,
        querystring: z.object({ asOf: isoDaySchema.optional(), by: z.enum(["task", "unit"]).default("task") }),
        response: {
          200: z.object({
            asOf: z.string(),
            by: z.enum(["task", "unit"]),
            planId: z.string(),
            rows: z.array(
              z.object({
                key: z.string(),
                label: z.string(),
                light: lightSchema,
                milestones: z.array(
                  z.object({ milestoneId: z.string(), taskId: z.string(), due: z.string(), label: z.string(), light: lightSchema, reportState: z.string(), reportId: z.string() }),
                ),
              }),
            ),
          }),
        },
      },
    },
    async (request) => timeline(request.server.ctx.db, viewerOf(request.user!), request.params.planId, asOfOf(request, request.query.asOf), request.query.by),
  );

  r.get(
    "/api/supervision/review-queue",
    {
      config: policy({ permission: "report.review", scope: "region" }),
      schema: {
        tags: ["supervision"],
        querystring: reviewQueueQuery,
        response: {
          200: z.object({
            items: z.array(reportSchema.extend({ taskNo: z.string(), taskContent: z.string(), partnersSubmitted: z.number().int(), partnersTotal: z.number().int() })),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const user = request.user!;
      const { regionCode, ...filter } = request.query;
      if (regionCode && !isInRegionScope(user.regionCode, regionCode)) throw notFound("行政区划", "Region");
      const db = request.server.ctx.db;
      const page = await listReviewQueue(db, regionPrefix(regionCode ?? user.regionCode), filter);
      const evidence = (await Promise.all(page.items.map((item) => listEvidence(db, item.view.regionCode, [item.view.id])))).flat();
      return {
        total: page.total,
        items: page.items.map((item) => ({
          ...presentReport(item.view, evidence),
          taskNo: item.taskNo,
          taskContent: item.taskContent,
          partnersSubmitted: item.partnersSubmitted,
          partnersTotal: item.partnersTotal,
        })),
      };
    },
  );

  r.get(
    "/api/supervision/overdue",
    {
      config: policy({ permission: "report.read", scope: "region" }),
      schema: {
        tags: ["supervision"],
        querystring: listFilterQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            total: z.number().int(),
            items: z.array(
              z.object({
                ...itemBase,
                overdueSince: z.string(),
                daysOverdue: z.number().int(),
                priorNotices: z.number().int(),
                openNotices: z.number().int(),
                suggested: z.object({ kind: z.enum(["reminder", "supervision"]), level: z.enum(["yellow", "orange", "red"]), responseDue: z.string() }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => overdueList(request.server.ctx.db, viewerOf(request.user!), { ...request.query, asOf: asOfOf(request, request.query.asOf) }),
  );

  r.get(
    "/api/supervision/due-soon",
    {
      config: policy({ permission: "report.read", scope: "region" }),
      schema: {
        tags: ["supervision"],
        querystring: listFilterQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            total: z.number().int(),
            items: z.array(
              z.object({
                ...itemBase,
                reportId: z.string(),
                milestoneId: z.string(),
                due: z.string(),
                daysLeft: z.number().int(),
                reportState: z.enum(["draft", "submitted", "accepted", "returned", "locked"]),
              }),
            ),
          }),
        },
      },
    },
    async (request) => dueSoonList(request.server.ctx.db, viewerOf(request.user!), { ...request.query, asOf: asOfOf(request, request.query.asOf) }),
  );
}
