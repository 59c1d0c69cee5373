import type { FastifyInstance } from "fastify";
import { registerIndicatorRoutes } from "./indicator.routes";
import { registerIndicatorValueRoutes } from "./indicator-value.routes";

/** The indicators feature as one plugin. */
export async function indicatorRoutes(app: FastifyInstance): Promise<void> {
  registerIndicatorRoutes(app);
  registerIndicatorValueRoutes(app);
}
