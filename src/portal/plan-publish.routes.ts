import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { eq } from "drizzle-orm";
import { stateDigest } from "../audit/audit-chain";
import { plans } from "../db/schema/index";
import { AppError, notFound } from "../errors/app-error";
import { isInRegionScope } from "../regions/region-scope";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";

const params = z.object({ id: z.uuid() });
const answer = z.object({ id: z.string(), publishedAt: z.string().nullable() });

/**
 * The office publishes a plan to the public portal (信息公开) or takes it back. Publishing changes no
 * content, so it needs no If-Match and keeps the plan's version; it is idempotent and keeps the
 * first publication date.
 */
export async function planPublishRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const publish of [true, false]) {
    r.post(
      `/api/plans/:id/${publish ? "publish" : "unpublish"}`,
      { config: policy({ permission: "plan.publish", scope: "region" }), schema: { tags: ["plans"], params, response: { 200: answer } } },
      async (request) => {
        const user = request.user!;
        const now = request.server.ctx.clock.now();
        const row = await writeTransaction(request, async (tx, record) => {
          const found = await tx
            .select({ id: plans.id, regionCode: plans.regionCode, status: plans.status, publishedAt: plans.publishedAt })
            .from(plans)
            .where(eq(plans.id, request.params.id))
            .for("update")
            .limit(1);
          const before = found[0];
          if (!before || !isInRegionScope(user.regionCode, before.regionCode)) throw notFound("规划", "Plan");
          if (publish && before.status === "draft") {
            throw new AppError("INVALID_STATE", { state: "草稿 / draft", action: "发布", actionEn: "publish" });
          }
          const publishedAt = publish ? (before.publishedAt ?? now) : null;
          await tx.update(plans).set({ publishedAt }).where(eq(plans.id, before.id));
          await record({
            action: publish ? "plan.publish" : "plan.unpublish",
            objectType: "plan",
            objectId: before.id,
            outcome: "success",
            regionCode: before.regionCode,
            beforeDigest: stateDigest({ id: before.id, publishedAt: before.publishedAt?.toISOString() ?? null }),
            afterDigest: stateDigest({ id: before.id, publishedAt: publishedAt?.toISOString() ?? null }),
          });
          return { id: before.id, publishedAt };
        });
        return { id: row.id, publishedAt: row.publishedAt?.toISOString() ?? null };
      },
    );
  }
}
