import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion } from "../server/if-match";
import { attachmentDisposition } from "./file-sniff";
import { findEvidence, findReportView, findTaskSummary, listEvidence, listMilestoneReports, listReports, type ReportRow } from "./report.repository";
import { presentEvidence, presentReport } from "./report.presenter";
import {
  acceptReport,
  addEvidence,
  editReport,
  EVIDENCE_MAX_BYTES,
  lockReport,
  removeEvidence,
  returnReport,
  submitReport,
  unlockReport,
  type WriteContext,
} from "./report.service";
import { idParams, reasonBodySchema, reportDetailSchema, reportListQuery, reportPatchSchema, reportSchema, evidenceSchema } from "./schemas";
import { canSeeTask, viewerOf } from "./viewer";

/** Reports, their review life cycle and their evidence files. Handlers stay thin: services do the rules. */
export async function registerReportRoutes(app: FastifyInstance): Promise<void> {
  // Multipart only here, with the evidence limits: one file of at most 20 MiB, no other fields.
  await app.register(multipart, { limits: { fileSize: EVIDENCE_MAX_BYTES, files: 1, fields: 0, parts: 2, headerPairs: 100 } });
  const r = app.withTypeProvider<ZodTypeProvider>();

  const respond = async (request: FastifyRequest, row: ReportRow) => {
    const view = await findReportView(request.server.ctx.db, row.id);
    if (!view) throw notFound("报告", "Report");
    const evidence = await listEvidence(request.server.ctx.db, view.regionCode, [view.id]);
    return presentReport(view, evidence);
  };
  const write = <T>(request: FastifyRequest, work: (ctx: WriteContext) => Promise<T>) =>
    writeTransaction(request, (tx, record) => work({ tx, record, user: request.user!, now: request.server.ctx.clock.now() }));

  r.get(
    "/api/reports",
    { config: policy({ permission: "report.read", scope: "region" }), schema: { tags: ["reports"], querystring: reportListQuery, response: { 200: z.object({ items: z.array(reportSchema), total: z.number().int() }) } } },
    async (request) => {
      const db = request.server.ctx.db;
      const { limit, offset, ...filter } = request.query;
      const page = await listReports(db, viewerOf(request.user!), { ...filter, limit, offset });
      const byRegion = new Map<string, string[]>();
      for (const item of page.items) byRegion.set(item.regionCode, [...(byRegion.get(item.regionCode) ?? []), item.id]);
      const evidence = (await Promise.all([...byRegion].map(([region, ids]) => listEvidence(db, region, ids)))).flat();
      return { items: page.items.map((item) => presentReport(item, evidence)), total: page.total };
    },
  );

  r.get(
    "/api/reports/:id",
    { config: policy({ permission: "report.read", scope: "region" }), schema: { tags: ["reports"], params: idParams, response: { 200: reportDetailSchema } } },
    async (request, reply) => {
      const db = request.server.ctx.db;
      const view = await findReportView(db, request.params.id);
      if (!view || !(await canSeeTask(db, viewerOf(request.user!), view.regionCode, view.taskId))) throw notFound("报告", "Report");
      const [siblings, task] = await Promise.all([listMilestoneReports(db, view.regionCode, view.milestoneId), findTaskSummary(db, view.regionCode, view.taskId)]);
      const evidence = await listEvidence(db, view.regionCode, siblings.map((s) => s.id));
      const others = siblings.filter((s) => s.id !== view.id);
      const lead = view.role === "partner" ? others.find((s) => s.role === "lead") : undefined;
      return reply.header("etag", `"${view.version}"`).send({
        ...presentReport(view, evidence),
        task: task ?? { id: view.taskId, no: "", content: "", chapter: null },
        partners: view.role === "lead" ? others.filter((s) => s.role === "partner").map((s) => presentReport(s, evidence)) : [],
        lead: lead ? presentReport(lead, evidence) : null,
      });
    },
  );

  r.patch(
    "/api/reports/:id",
    { config: policy({ permission: "report.write", scope: "unit" }), schema: { tags: ["reports"], params: idParams, body: reportPatchSchema, response: { 200: reportSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const row = await write(request, (ctx) => editReport(ctx, request.params.id, version, request.body));
      return reply.header("etag", `"${row.version}"`).send(await respond(request, row));
    },
  );

  const transition = (
    path: string,
    permission: "report.write" | "report.review",
    run: (ctx: WriteContext, id: string, version: number, reason: string) => Promise<ReportRow>,
    withReason: boolean,
  ) => {
    r.post(
      path,
      {
        config: policy({ permission, scope: permission === "report.write" ? "unit" : "region" }),
        schema: { tags: ["reports"], params: idParams, ...(withReason ? { body: reasonBodySchema } : {}), response: { 200: reportSchema } },
      },
      async (request, reply) => {
        const version = requireIfMatchVersion(request);
        const reason = withReason ? (request.body as z.infer<typeof reasonBodySchema>).reason : "";
        const row = await write(request, (ctx) => run(ctx, request.params.id, version, reason));
        return reply.header("etag", `"${row.version}"`).send(await respond(request, row));
      },
    );
  };
  transition("/api/reports/:id/submit", "report.write", (ctx, id, version) => submitReport(ctx, id, version), false);
  transition("/api/reports/:id/accept", "report.review", (ctx, id, version) => acceptReport(ctx, id, version), false);
  transition("/api/reports/:id/return", "report.review", returnReport, true);
  transition("/api/reports/:id/lock", "report.review", (ctx, id, version) => lockReport(ctx, id, version), false);
  transition("/api/reports/:id/unlock", "report.review", unlockReport, true);

  r.post(
    "/api/reports/:id/evidence",
    {
      config: policy({ permission: "report.write", scope: "unit" }),
      bodyLimit: EVIDENCE_MAX_BYTES + 1024 * 1024,
      schema: { tags: ["reports"], params: idParams, response: { 201: z.object({ evidence: evidenceSchema, report: reportSchema }) } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      if (!request.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE");
      const part = await request.file();
      if (!part || part.fieldname !== "file") throw new AppError("BAD_REQUEST", { reason: "缺少文件（字段名 file）/ missing part named file" });
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if (error instanceof Error && "code" in error && error.code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("FILE_TOO_LARGE", { limit: "20 MiB" });
        throw error;
      }
      if (part.file.truncated) throw new AppError("FILE_TOO_LARGE", { limit: "20 MiB" });
      const result = await write(request, (ctx) => addEvidence(ctx, request.params.id, version, { fileName: part.filename, bytes }));
      return reply.status(201).header("etag", `"${result.report.version}"`).send({ evidence: presentEvidence(result.evidence), report: await respond(request, result.report) });
    },
  );

  r.delete(
    "/api/reports/:id/evidence/:evidenceId",
    {
      config: policy({ permission: "report.write", scope: "unit" }),
      schema: { tags: ["reports"], params: z.object({ id: z.uuid(), evidenceId: z.uuid() }), response: { 200: reportSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const row = await write(request, (ctx) => removeEvidence(ctx, request.params.id, request.params.evidenceId, version));
      return reply.header("etag", `"${row.version}"`).send(await respond(request, row));
    },
  );

  r.get(
    "/api/evidence/:id",
    { config: policy({ permission: "report.read", scope: "region" }), schema: { tags: ["reports"], params: idParams } },
    async (request, reply) => {
      const db = request.server.ctx.db;
      const file = await findEvidence(db, request.params.id);
      const view = file ? await findReportView(db, file.reportId) : null;
      if (!file || !view || !(await canSeeTask(db, viewerOf(request.user!), view.regionCode, view.taskId))) throw notFound("附件", "Evidence");
      return reply
        .header("content-type", file.contentType)
        .header("content-disposition", attachmentDisposition(file.fileName))
        .header("x-content-type-options", "nosniff")
        .header("content-security-policy", "default-src 'none'; sandbox")
        .send(file.content);
    },
  );
}
