import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { stateDigest } from "../audit/audit-chain";
import { regionCodeSchema, regionCreateSchema, regionSchema, regionUpdateSchema } from "../shared/api";
import { isInRegionScope } from "./region-scope";
import { findRegion, insertRegion, listRegionsInScope, presentRegion, updateRegion } from "./region.repository";

export function registerRegionRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/regions",
    {
      config: policy({ permission: "region.read", scope: "region" }),
      schema: { tags: ["regions"], summary: "行政区划（本级及下级）", response: { 200: z.object({ items: z.array(regionSchema) }) } },
    },
    async (request) => {
      const rows = await listRegionsInScope(request.server.ctx.db, request.user!.regionCode);
      return { items: rows.map(presentRegion) };
    },
  );

  r.post(
    "/api/regions",
    {
      config: policy({ permission: "region.write", scope: "region" }),
      schema: { tags: ["regions"], body: regionCreateSchema, response: { 201: regionSchema } },
    },
    async (request, reply) => {
      const body = request.body;
      const scope = request.user!.regionCode;
      if (body.parentCode === null || !isInRegionScope(scope, body.parentCode)) {
        throw new AppError("VALIDATION_FAILED", { reason: "上级区划不在您的管辖范围内 / parent region outside your scope" });
      }
      const created = await writeTransaction(request, async (tx, record) => {
        if (!(await findRegion(tx, body.parentCode!))) throw notFound("上级区划", "Parent region");
        if (await findRegion(tx, body.code)) {
          throw new AppError("CONFLICT", { reason: `区划代码 ${body.code} 已存在`, reasonEn: `Region code ${body.code} already exists` });
        }
        const row = await insertRegion(tx, { ...body, isDemo: false });
        await record({ action: "region.create", objectType: "region", objectId: row.code, outcome: "success", regionCode: row.code, afterDigest: stateDigest(row) });
        return row;
      });
      return reply.status(201).send(presentRegion(created));
    },
  );

  r.patch(
    "/api/regions/:code",
    {
      config: policy({ permission: "region.write", scope: "region" }),
      schema: { tags: ["regions"], params: z.object({ code: regionCodeSchema }), body: regionUpdateSchema, response: { 200: regionSchema } },
    },
    async (request) => {
      const scope = request.user!.regionCode;
      const { code } = request.params;
      const updated = await writeTransaction(request, async (tx, record) => {
        const before = await findRegion(tx, code);
        if (!before || !isInRegionScope(scope, code)) throw notFound("行政区划", "Region");
        const parent = request.body.parentCode;
        if (parent !== undefined && parent !== null && !isInRegionScope(scope, parent)) {
          throw new AppError("VALIDATION_FAILED", { reason: "上级区划不在您的管辖范围内 / parent region outside your scope" });
        }
        const row = await updateRegion(tx, code, request.body);
        await record({ action: "region.update", objectType: "region", objectId: code, outcome: "success", regionCode: code, beforeDigest: stateDigest(before), afterDigest: stateDigest(row) });
        return row;
      });
      return presentRegion(updated);
    },
  );
}
