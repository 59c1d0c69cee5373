import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { policy } from "../server/authenticate";
import { audit } from "../server/audit-request";
import { listAuditEvents } from "./audit.repository";

const auditEventSchema = z.object({
  seq: z.number(),
  ts: z.string(),
  regionCode: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  objectType: z.string().nullable(),
  objectId: z.string().nullable(),
  outcome: z.string(),
  sourceIp: z.string().nullable(),
  requestId: z.string().nullable(),
});

export function registerAuditRoutes(app: FastifyInstance): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/audit",
    {
      config: policy({ permission: "audit.read", scope: "none" }),
      schema: {
        tags: ["audit"],
        summary: "审计日志（仅审计管理员）",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(50), before: z.coerce.number().int().positive().optional() }),
        response: { 200: z.object({ items: z.array(auditEventSchema) }) },
      },
    },
    async (request) => {
      const rows = await listAuditEvents(request.server.ctx.db, request.query);
      // Reading the audit trail is itself an audited act.
      await request.server.ctx.db.transaction((tx) => audit(tx, request, { action: "audit.read", outcome: "success", detail: { count: rows.length } }));
      return { items: rows.map((row) => ({ ...row, ts: row.ts.toISOString() })) };
    },
  );
}
