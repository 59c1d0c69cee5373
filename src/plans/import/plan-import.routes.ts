import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../../errors/app-error";
import { findRegion } from "../../regions/region.repository";
import { isInRegionScope } from "../../regions/region-scope";
import { writeTransaction } from "../../server/audit-request";
import { policy } from "../../server/authenticate";
import { regionCodeSchema } from "../../shared/api";
import { planImportConfirmSchema, planImportPreviewSchema, planImportResultSchema } from "../plan.schemas";
import { confirmPlanImport } from "./plan-import-confirm";
import { previewPlanImport } from "./plan-import-preview";
import { parseJsonField, readPlanUpload } from "./multipart-upload";

/** The multipart body is read by the handler, so the schemas here describe the fields for the API docs only. */
const previewFields = z.object({ file: z.any().describe("plan document (.txt, .docx, .xlsx; ≤ 20 MB)"), regionCode: regionCodeSchema });
const confirmFields = z.object({ file: z.any().describe("the same file as previewed"), payload: z.string().describe("JSON of PlanImportConfirm") });

/**
 * Import in two steps: preview (parse and resolve, write nothing) and confirm (one transaction).
 * Nothing is kept on the server in between: the client sends the file again with its edited rows.
 */
export function registerPlanImportRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/plans/import/preview",
    {
      config: policy({ permission: "plan.import", scope: "region" }),
      schema: {
        tags: ["plans"],
        consumes: ["multipart/form-data"],
        description: `multipart fields: ${Object.keys(previewFields.shape).join(", ")}`,
        response: { 200: planImportPreviewSchema },
      },
    },
    async (request) => {
      const upload = await readPlanUpload(request);
      const regionCode = parseJsonField(regionCodeSchema, JSON.stringify(upload.fields.regionCode ?? request.user!.regionCode), "regionCode");
      await requireRegionInScope(request.server, request.user!.regionCode, regionCode);
      const { db, clock } = request.server.ctx;
      return previewPlanImport(db, { regionCode, fileName: upload.fileName, bytes: upload.bytes }, clock.now());
    },
  );

  r.post(
    "/api/plans/import/confirm",
    {
      config: policy({ permission: "plan.import", scope: "region" }),
      schema: {
        tags: ["plans"],
        consumes: ["multipart/form-data"],
        description: `multipart fields: ${Object.keys(confirmFields.shape).join(", ")}`,
        response: { 201: planImportResultSchema },
      },
    },
    async (request, reply) => {
      const upload = await readPlanUpload(request);
      const payload = parseJsonField(planImportConfirmSchema, upload.fields.payload, "payload");
      const user = request.user!;
      await requireRegionInScope(request.server, user.regionCode, payload.regionCode);
      const result = await writeTransaction(request, (tx, record) =>
        confirmPlanImport(tx, { payload, fileName: upload.fileName, bytes: upload.bytes }, { userId: user.id, now: request.server.ctx.clock.now(), record }),
      );
      return reply.status(201).send(result);
    },
  );
}

/** Another region's (or a missing) region answers 404, so its existence is not revealed. */
async function requireRegionInScope(app: FastifyInstance, scopeCode: string, regionCode: string): Promise<void> {
  if (!isInRegionScope(scopeCode, regionCode) || !(await findRegion(app.ctx.db, regionCode))) throw notFound("行政区划", "Region");
}
