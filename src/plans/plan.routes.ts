import multipart from "@fastify/multipart";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { users } from "../db/schema/index";
import { notFound } from "../errors/app-error";
import { isInRegionScope } from "../regions/region-scope";
import type { SessionUser } from "../server/context";
import { planLimitOf } from "../supervision/viewer";
import { writeTransaction } from "../server/audit-request";
import { policy } from "../server/authenticate";
import { requireIfMatchVersion } from "../server/if-match";
import { registerPlanImportRoutes } from "./import/plan-import.routes";
import { PLAN_UPLOAD_LIMITS } from "./import/multipart-upload";
import { attachmentDisposition, presentPlanDetail, presentPlanSummary } from "./plan.presenter";
import { findPlanFile, findPlanListRow, listPlanMilestones, listPlanTaskUnits, listPlanTasks, listPlans } from "./plan.repository";
import { planDetailSchema, planSummarySchema, planUpdateSchema } from "./plan.schemas";
import { updatePlanSettings } from "./plan-update.service";

const planIdParams = z.object({ id: z.uuid() });

/**
 * The plans feature as one encapsulated plugin: multipart parsing (one file, 20 MB) is registered
 * in this scope only, so no other route accepts uploads by accident.
 */
export async function planRoutes(app: FastifyInstance): Promise<void> {
  await app.register(multipart, { limits: PLAN_UPLOAD_LIMITS });
  registerPlanImportRoutes(app);
  registerPlanRoutes(app);
}

/** Region subtree, and for an evaluator assigned to one plan, that plan only. */
function canReadPlan(user: SessionUser, plan: { id: string; regionCode: string }): boolean {
  const limit = planLimitOf(user);
  return isInRegionScope(user.regionCode, plan.regionCode) && (limit === null || limit === plan.id);
}

function registerPlanRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/plans",
    {
      config: policy({ permission: "plan.read", scope: "region" }),
      schema: { tags: ["plans"], response: { 200: z.object({ items: z.array(planSummarySchema) }) } },
    },
    async (request) => {
      const rows = await listPlans(request.server.ctx.db, request.user!.regionCode);
      return { items: rows.filter((row) => canReadPlan(request.user!, row.plan)).map(presentPlanSummary) };
    },
  );

  r.get(
    "/api/plans/:id",
    {
      config: policy({ permission: "plan.read", scope: "region" }),
      schema: { tags: ["plans"], params: planIdParams, response: { 200: planDetailSchema } },
    },
    async (request, reply) => {
      const { db } = request.server.ctx;
      const row = await findPlanListRow(db, request.params.id);
      // Out-of-scope records answer 404 like missing ones, so their existence is not revealed.
      if (!row || !canReadPlan(request.user!, row.plan)) throw notFound("规划", "Plan");
      const { regionCode, id } = row.plan;
      const [taskRows, unitRows, milestoneRows] = await Promise.all([
        listPlanTasks(db, regionCode, id),
        listPlanTaskUnits(db, regionCode, id),
        listPlanMilestones(db, regionCode, id),
      ]);
      return reply.header("etag", `"${row.plan.version}"`).send(presentPlanDetail(row, taskRows, unitRows, milestoneRows));
    },
  );

  r.get(
    "/api/plans/:id/file",
    {
      config: policy({ permission: "plan.read", scope: "region" }),
      schema: { tags: ["plans"], params: planIdParams },
    },
    async (request, reply) => {
      const { db } = request.server.ctx;
      const row = await findPlanListRow(db, request.params.id);
      if (!row || !canReadPlan(request.user!, row.plan)) throw notFound("规划", "Plan");
      const file = await findPlanFile(db, row.plan.regionCode, row.plan.id);
      if (!file) throw notFound("规划原文件", "Plan file");
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("x-checksum-sha256", file.sha256)
        .send(file.content);
    },
  );

  r.patch(
    "/api/plans/:id",
    {
      config: policy({ permission: "plan.manage", scope: "region" }),
      schema: { tags: ["plans"], params: planIdParams, body: planUpdateSchema, response: { 200: planDetailSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const user = request.user!;
      const { db, clock } = request.server.ctx;
      await writeTransaction(request, (tx, record) =>
        updatePlanSettings(tx, request.params.id, version, request.body, {
          userId: user.id,
          scopeCode: user.regionCode,
          now: clock.now(),
          record,
          findEditor: async (plan) => {
            if (!plan.updatedBy) return null;
            const rows = await tx.select({ name: users.displayName }).from(users).where(eq(users.id, plan.updatedBy)).limit(1);
            return rows[0]?.name ?? null;
          },
        }),
      );
      const row = await findPlanListRow(db, request.params.id);
      if (!row) throw notFound("规划", "Plan");
      const [taskRows, unitRows, milestoneRows] = await Promise.all([
        listPlanTasks(db, row.plan.regionCode, row.plan.id),
        listPlanTaskUnits(db, row.plan.regionCode, row.plan.id),
        listPlanMilestones(db, row.plan.regionCode, row.plan.id),
      ]);
      return reply.header("etag", `"${row.plan.version}"`).send(presentPlanDetail(row, taskRows, unitRows, milestoneRows));
    },
  );
}
