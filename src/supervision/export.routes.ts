import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { isInRegionScope } from "../regions/region-scope";
import { regionCodeSchema } from "../shared/api";
import { isoDaySchema } from "./dates";
import { buildBulletinDocx } from "./bulletin-export";
import { ledgerSource } from "./export.repository";
import { attachmentDisposition } from "./file-sniff";
import { buildLedgerXlsx } from "./ledger-export";
import { listNotices } from "./notice.repository";
import { asOfOf } from "./office.routes";
import { requireVisiblePlan } from "./plan-lookup";
import { asOfQuery, planIdParams } from "./schemas";
import { overdueList, overview, planLights } from "./supervision.service";
import { viewerOf } from "./viewer";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The task ledger (.xlsx) and the supervision bulletin (.docx). */
export function registerExportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/plans/:planId/exports/ledger.xlsx",
    { config: policy({ permission: "supervision.export", scope: "region" }), schema: { tags: ["exports"], params: planIdParams, querystring: asOfQuery } },
    async (request, reply) => {
      const db = request.server.ctx.db;
      const viewer = viewerOf(request.user!);
      const asOf = asOfOf(request, request.query.asOf);
      const plan = await requireVisiblePlan(db, viewer, request.params.planId);
      const [source, lights] = await Promise.all([ledgerSource(db, plan.regionCode, plan.id), planLights(db, viewer, plan.id, asOf)]);
      const lightOf = new Map(lights.tasks.map((task) => [task.taskId, task.light]));
      const body = await buildLedgerXlsx(
        plan.title,
        asOf,
        source.map((row, i) => ({
          seq: i + 1,
          content: row.content,
          lead: (row.units ?? []).filter((u) => u.role === "lead").map((u) => u.name).join("、"),
          partners: (row.units ?? []).filter((u) => u.role === "partner").map((u) => u.name),
          schedule: row.schedule ?? "",
          latestProgress: row.latest ?? "",
          light: lightOf.get(row.taskId) ?? "grey",
        })),
      );
      return reply
        .header("content-type", XLSX_TYPE)
        .header("content-disposition", attachmentDisposition(`任务台账-${plan.title.slice(0, 60)}-${asOf}.xlsx`))
        .header("x-content-type-options", "nosniff")
        .send(body);
    },
  );

  r.get(
    "/api/supervision/exports/bulletin.docx",
    {
      config: policy({ permission: "supervision.export", scope: "region" }),
      schema: { tags: ["exports"], querystring: z.object({ asOf: isoDaySchema.optional(), planId: z.uuid().optional(), regionCode: regionCodeSchema.optional() }) },
    },
    async (request, reply) => {
      const db = request.server.ctx.db;
      const user = request.user!;
      const viewer = viewerOf(user);
      const { planId, regionCode } = request.query;
      if (regionCode && !isInRegionScope(user.regionCode, regionCode)) throw notFound("行政区划", "Region");
      const asOf = asOfOf(request, request.query.asOf);
      const scope = await overview(db, viewer, { asOf, regionCode, planId });
      const overdue = await overdueList(db, viewer, { asOf, planId, regionCode, limit: 200, offset: 0 });
      const notices = await listNotices(db, viewer, { planId, limit: 200, offset: 0 });
      const plan = planId ? await requireVisiblePlan(db, viewer, planId) : null;
      const body = await buildBulletinDocx({
        scopeName: plan ? plan.title : scope.regionName,
        asOf,
        counts: scope.counts,
        overdue: overdue.items,
        notices: notices.items,
      });
      return reply
        .header("content-type", DOCX_TYPE)
        .header("content-disposition", attachmentDisposition(`督办通报-${asOf}.docx`))
        .header("x-content-type-options", "nosniff")
        .send(body);
    },
  );
}
