import type { FastifyInstance } from "fastify";
import { registerExportRoutes } from "./export.routes";
import { registerMyRoutes } from "./my.routes";
import { registerNoticeRoutes } from "./notice.routes";
import { registerOfficeRoutes } from "./office.routes";
import { registerReportRoutes } from "./report.routes";

/** The supervision feature as one encapsulated plugin (multipart is registered inside, with its limits). */
export async function supervisionRoutes(app: FastifyInstance): Promise<void> {
  await registerReportRoutes(app);
  registerOfficeRoutes(app);
  registerNoticeRoutes(app);
  registerMyRoutes(app);
  registerExportRoutes(app);
}
