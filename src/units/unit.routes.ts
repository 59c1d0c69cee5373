import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion, versionConflict } from "../server/if-match";
import { stateDigest } from "../audit/audit-chain";
import { regionCodeSchema, unitCreateSchema, unitSchema, unitUpdateSchema } from "../shared/api";
import { isInRegionScope } from "../regions/region-scope";
import { findRegion } from "../regions/region.repository";
import { findUnit, findUnitByName, findUnitEditor, insertUnit, listUnits, presentUnit, updateUnitIfVersion } from "./unit.repository";

const unitIdParams = z.object({ id: z.uuid() });

export function registerUnitRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/units",
    {
      config: policy({ permission: "unit.read", scope: "region" }),
      schema: {
        tags: ["units"],
        querystring: z.object({ regionCode: regionCodeSchema.optional() }),
        response: { 200: z.object({ items: z.array(unitSchema) }) },
      },
    },
    async (request) => {
      const rows = await listUnits(request.server.ctx.db, request.user!.regionCode, request.query.regionCode);
      return { items: rows.map(presentUnit) };
    },
  );

  r.get(
    "/api/units/:id",
    {
      config: policy({ permission: "unit.read", scope: "region" }),
      schema: { tags: ["units"], params: unitIdParams, response: { 200: unitSchema } },
    },
    async (request, reply) => {
      const row = await findUnit(request.server.ctx.db, request.params.id);
      // Out-of-scope records answer 404 like missing ones, so their existence is not revealed.
      if (!row || !isInRegionScope(request.user!.regionCode, row.regionCode)) throw notFound("责任单位", "Unit");
      return reply.header("etag", `"${row.version}"`).send(presentUnit(row));
    },
  );

  r.post(
    "/api/units",
    {
      config: policy({ permission: "unit.write", scope: "region" }),
      schema: { tags: ["units"], body: unitCreateSchema, response: { 201: unitSchema } },
    },
    async (request, reply) => {
      const body = request.body;
      const user = request.user!;
      if (!isInRegionScope(user.regionCode, body.regionCode)) throw notFound("行政区划", "Region");
      const created = await writeTransaction(request, async (tx, record) => {
        if (!(await findRegion(tx, body.regionCode))) throw notFound("行政区划", "Region");
        if (await findUnitByName(tx, body.regionCode, body.name)) {
          throw new AppError("CONFLICT", { reason: `本地区已有名为“${body.name}”的单位`, reasonEn: `A unit named ${body.name} already exists in this region` });
        }
        const row = await insertUnit(tx, {
          id: randomUUID(),
          regionCode: body.regionCode,
          name: body.name,
          kind: body.kind,
          aliases: uniqueAliases(body.aliases, body.name),
          updatedAt: request.server.ctx.clock.now(),
          updatedBy: user.id,
        });
        await record({ action: "unit.create", objectType: "unit", objectId: row.id, outcome: "success", regionCode: row.regionCode, afterDigest: stateDigest(row) });
        return row;
      });
      return reply.status(201).header("etag", `"${created.version}"`).send(presentUnit(created));
    },
  );

  r.patch(
    "/api/units/:id",
    {
      config: policy({ permission: "unit.write", scope: "region" }),
      schema: { tags: ["units"], params: unitIdParams, body: unitUpdateSchema, response: { 200: unitSchema } },
    },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const user = request.user!;
      const updated = await writeTransaction(request, async (tx, record) => {
        const before = await findUnit(tx, request.params.id);
        if (!before || !isInRegionScope(user.regionCode, before.regionCode)) throw notFound("责任单位", "Unit");
        const patch = request.body;
        const name = patch.name ?? before.name;
        if (patch.name && patch.name !== before.name && (await findUnitByName(tx, before.regionCode, patch.name))) {
          throw new AppError("CONFLICT", { reason: `本地区已有名为“${patch.name}”的单位`, reasonEn: `A unit named ${patch.name} already exists in this region` });
        }
        const row = await updateUnitIfVersion(tx, before.id, version, {
          ...patch,
          ...(patch.aliases ? { aliases: uniqueAliases(patch.aliases, name) } : {}),
          updatedAt: request.server.ctx.clock.now(),
          updatedBy: user.id,
        });
        if (!row) throw versionConflict(await findUnitEditor(tx, before), before.updatedAt);
        await record({ action: "unit.update", objectType: "unit", objectId: row.id, outcome: "success", regionCode: row.regionCode, beforeDigest: stateDigest(before), afterDigest: stateDigest(row) });
        return row;
      });
      return reply.header("etag", `"${updated.version}"`).send(presentUnit(updated));
    },
  );
}

function uniqueAliases(aliases: string[], name: string): string[] {
  return [...new Set(aliases.map((alias) => alias.trim()).filter((alias) => alias && alias !== name))];
}
