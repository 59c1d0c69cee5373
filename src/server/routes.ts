import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { APP_VERSION } from "../config/version";
import { registerAuditRoutes } from "../audit/audit.routes";
import { registerAuthRoutes } from "../auth/auth.routes";
import { registerRegionRoutes } from "../regions/region.routes";
import { registerUnitRoutes } from "../units/unit.routes";
import { registerUserRoutes } from "../users/user.routes";
import { registerBootstrapRoute } from "../users/bootstrap";
import { policy } from "./authenticate";

/** Every feature registers its routes here; each route declares its permission and scope. */
export async function registerRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    "/api/health",
    {
      config: policy({ permission: "public", scope: "none" }),
      schema: {
        tags: ["system"],
        response: { 200: z.object({ status: z.literal("ok"), db: z.enum(["pglite", "postgresql"]), version: z.string() }) },
      },
    },
    async () => ({ status: "ok" as const, db: app.ctx.dbKind, version: APP_VERSION }),
  );
  r.get(
    "/api/docs/json",
    { config: policy({ permission: "public", scope: "none" }), schema: { hide: true } },
    async () => app.swagger(),
  );

  registerAuthRoutes(app);
  registerRegionRoutes(app);
  registerUnitRoutes(app);
  registerUserRoutes(app);
  registerAuditRoutes(app);
  registerBootstrapRoute(app);
  await app.register((await import("../plans/plan.routes")).planRoutes);
  await app.register((await import("../supervision/supervision.routes")).supervisionRoutes);
  await app.register((await import("../indicators/indicators.routes")).indicatorRoutes);
  await app.register((await import("../evaluations/evaluation.routes")).evaluationRoutes);
  await app.register((await import("../portal/plan-publish.routes")).planPublishRoutes);
  await app.register((await import("../portal/public.routes")).publicRoutes);
  await app.register((await import("../dashboard/dashboard.routes")).dashboardRoutes);
}
