import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { findUserById } from "../auth/user-lookup";
import { listPlans } from "../plans/plan.repository";
import { isInRegionScope } from "../regions/region-scope";
import { userCreateSchema, userSchema, userUpdateSchema } from "../shared/api";
import { createUser, listUsers, presentUser, updateUser } from "./user.service";

export function registerUserRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    "/api/users",
    {
      config: policy({ permission: "user.read", scope: "region" }),
      schema: { tags: ["users"], response: { 200: z.object({ items: z.array(userSchema) }) } },
    },
    async (request) => ({ items: (await listUsers(request.server.ctx.db, request.user!.regionCode)).map(presentUser) }),
  );

  r.get(
    "/api/users/plan-options",
    {
      config: policy({ permission: "user.write", scope: "region" }),
      schema: {
        tags: ["users"],
        summary: "可指定给评估人员的规划 / plans an evaluator can be assigned to",
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), title: z.string(), regionCode: z.string(), regionName: z.string() })) }) },
      },
    },
    async (request) => {
      const rows = await listPlans(request.server.ctx.db, request.user!.regionCode);
      return { items: rows.map((row) => ({ id: row.plan.id, title: row.plan.title, regionCode: row.plan.regionCode, regionName: row.regionName })) };
    },
  );

  r.post(
    "/api/users",
    {
      config: policy({ permission: "user.write", scope: "region" }),
      schema: { tags: ["users"], body: userCreateSchema, response: { 201: userSchema } },
    },
    async (request, reply) => {
      if (!isInRegionScope(request.user!.regionCode, request.body.regionCode)) throw notFound("行政区划", "Region");
      const row = await writeTransaction(request, (tx, record) =>
        createUser(tx, { ...request.body, mustChangePassword: true, now: request.server.ctx.clock.now() }, record),
      );
      return reply.status(201).send(presentUser(row));
    },
  );

  r.patch(
    "/api/users/:id",
    {
      config: policy({ permission: "user.write", scope: "region" }),
      schema: { tags: ["users"], params: z.object({ id: z.uuid() }), body: userUpdateSchema, response: { 200: userSchema } },
    },
    async (request) => {
      const row = await writeTransaction(request, async (tx, record) => {
        const before = await findUserById(tx, request.params.id);
        if (!before || !isInRegionScope(request.user!.regionCode, before.regionCode)) throw notFound("用户", "User");
        return updateUser(tx, before, request.body, record, request.server.ctx.clock.now());
      });
      return presentUser(row);
    },
  );
}
