import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { listEvidence, findReportView } from "./report.repository";
import { presentReport } from "./report.presenter";
import { policy } from "../server/authenticate";
import { asOfOf } from "./office.routes";
import { asOfQuery, lightSchema, reportSchema } from "./schemas";
import { unitTasks } from "./supervision.service";

/** 我的任务: the liaison's unit's tasks, each with its light and the report now awaited. */
export function registerMyRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/my/tasks",
    {
      config: policy({ permission: "report.write", scope: "unit" }),
      schema: {
        tags: ["supervision"],
        querystring: asOfQuery,
        response: {
          200: z.object({
            asOf: z.string(),
            unitId: z.string().nullable(),
            items: z.array(
              z.object({
                taskId: z.string(),
                planId: z.string(),
                planTitle: z.string(),
                regionCode: z.string(),
                no: z.string(),
                chapter: z.string().nullable(),
                content: z.string(),
                role: z.enum(["lead", "partner"]),
                light: lightSchema,
                nextMilestone: z.object({ milestoneId: z.string(), due: z.string(), label: z.string() }).nullable(),
                currentReport: reportSchema.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const db = request.server.ctx.db;
      const unitId = request.user!.unitId;
      const asOf = asOfOf(request, request.query.asOf);
      if (!unitId) return { asOf, unitId: null, items: [] };
      const rows = await unitTasks(db, unitId, asOf);
      const items = await Promise.all(
        rows.map(async (row) => {
          const view = row.nextReportId ? await findReportView(db, row.nextReportId) : null;
          const evidence = view ? await listEvidence(db, view.regionCode, [view.id]) : [];
          const { nextReportId: _ignored, ...task } = row;
          return {
            ...task,
            nextMilestone: view ? { milestoneId: view.milestoneId, due: view.due, label: view.milestoneLabel } : null,
            currentReport: view ? presentReport(view, evidence) : null,
          };
        }),
      );
      return { asOf, unitId, items };
    },
  );
}
