import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { AppError } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { asOfOf } from "../supervision/office.routes";
import { viewerOf } from "../supervision/viewer";
import { dashboardResponse, dashboardQuery, unitTasksQuery, unitTasksResponse } from "./dashboard.schemas";
import { dashboard, dashboardUnitTasks } from "./dashboard.service";

/**
 * The leader dashboard. evaluation.read is what office, leaders and evaluators hold and liaisons do
 * not: the dashboard is the region's view, never a unit's.
 */
export async function dashboardRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/dashboard",
    {
      config: policy({ permission: "evaluation.read", scope: "region" }),
      schema: { tags: ["dashboard"], querystring: dashboardQuery, response: { 200: dashboardResponse } },
    },
    async (request) => {
      const viewer = regionViewer(request.user!);
      return dashboard(request.server.ctx.db, viewer, { ...request.query, asOf: asOfOf(request, request.query.asOf) }, request.server.ctx.clock.now());
    },
  );

  r.get(
    "/api/dashboard/unit-tasks",
    {
      config: policy({ permission: "evaluation.read", scope: "region" }),
      schema: { tags: ["dashboard"], querystring: unitTasksQuery, response: { 200: unitTasksResponse } },
    },
    async (request) => dashboardUnitTasks(request.server.ctx.db, regionViewer(request.user!), { ...request.query, asOf: asOfOf(request, request.query.asOf) }),
  );
}

function regionViewer(user: Parameters<typeof viewerOf>[0]) {
  const viewer = viewerOf(user);
  // evaluation.read is held only by region roles; a unit viewer here means the role table changed.
  if (viewer.kind !== "region") throw new AppError("FORBIDDEN");
  return viewer;
}
