import type { FastifyInstance, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { notFound } from "../errors/app-error";
import { policy } from "../server/authenticate";
import { writeTransaction } from "../server/audit-request";
import { requireIfMatchVersion } from "../server/if-match";
import { isInRegionScope, regionPrefix } from "../regions/region-scope";
import { findNoticeView, listNotices, type NoticeRow } from "./notice.repository";
import { presentNotice } from "./notice.presenter";
import { closeNotice, issueNotice, respondToNotice } from "./notice.service";
import type { WriteContext } from "./report.service";
import { idParams, noticeCreateSchema, noticeListQuery, noticeRespondSchema, noticeSchema, noticeStateSchema } from "./schemas";
import { viewerOf } from "./viewer";

/** 催办 and 督办单: issue (office), respond (the unit), close (office); liaisons see their unit's notices. */
export function registerNoticeRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const write = <T>(request: FastifyRequest, work: (ctx: WriteContext) => Promise<T>) =>
    writeTransaction(request, (tx, record) => work({ tx, record, user: request.user!, now: request.server.ctx.clock.now() }));
  const respond = async (request: FastifyRequest, row: NoticeRow) => {
    const view = await findNoticeView(request.server.ctx.db, row.id);
    if (!view) throw notFound("督办通知", "Notice");
    return presentNotice(view);
  };

  r.get(
    "/api/notices",
    { config: policy({ permission: "notice.read", scope: "region" }), schema: { tags: ["notices"], querystring: noticeListQuery, response: { 200: z.object({ items: z.array(noticeSchema), total: z.number().int() }) } } },
    async (request) => {
      const { regionCode, ...filter } = request.query;
      const user = request.user!;
      if (regionCode && !isInRegionScope(user.regionCode, regionCode)) throw notFound("行政区划", "Region");
      const page = await listNotices(request.server.ctx.db, viewerOf(user), { ...filter, regionPrefix: regionCode ? regionPrefix(regionCode) : undefined });
      return { items: page.items.map(presentNotice), total: page.total };
    },
  );

  r.get(
    "/api/my/notices",
    {
      config: policy({ permission: "notice.read", scope: "unit" }),
      schema: { tags: ["notices"], querystring: z.object({ state: noticeStateSchema.default("open") }), response: { 200: z.object({ items: z.array(noticeSchema) }) } },
    },
    async (request) => {
      const user = request.user!;
      const viewer = { kind: "unit" as const, userId: user.id, regionCode: user.regionCode, unitId: user.unitId };
      const page = await listNotices(request.server.ctx.db, viewer, { state: request.query.state, limit: 200, offset: 0 });
      return { items: page.items.map(presentNotice) };
    },
  );

  r.get(
    "/api/notices/:id",
    { config: policy({ permission: "notice.read", scope: "region" }), schema: { tags: ["notices"], params: idParams, response: { 200: noticeSchema } } },
    async (request, reply) => {
      const view = await findNoticeView(request.server.ctx.db, request.params.id);
      const viewer = viewerOf(request.user!);
      const visible =
        view &&
        (viewer.kind === "region"
          ? isInRegionScope(viewer.regionCode, view.regionCode) && (viewer.planId === null || viewer.planId === view.planId)
          : view.unitId === viewer.unitId);
      if (!view || !visible) throw notFound("督办通知", "Notice");
      return reply.header("etag", `"${view.version}"`).send(presentNotice(view));
    },
  );

  r.post(
    "/api/notices",
    { config: policy({ permission: "notice.issue", scope: "region" }), schema: { tags: ["notices"], body: noticeCreateSchema, response: { 201: noticeSchema } } },
    async (request, reply) => {
      const row = await write(request, (ctx) => issueNotice(ctx, request.body));
      return reply.status(201).header("etag", `"${row.version}"`).send(await respond(request, row));
    },
  );

  r.post(
    "/api/notices/:id/respond",
    { config: policy({ permission: "notice.respond", scope: "unit" }), schema: { tags: ["notices"], params: idParams, body: noticeRespondSchema, response: { 200: noticeSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const row = await write(request, (ctx) => respondToNotice(ctx, request.params.id, version, request.body.response));
      return reply.header("etag", `"${row.version}"`).send(await respond(request, row));
    },
  );

  r.post(
    "/api/notices/:id/close",
    { config: policy({ permission: "notice.issue", scope: "region" }), schema: { tags: ["notices"], params: idParams, response: { 200: noticeSchema } } },
    async (request, reply) => {
      const version = requireIfMatchVersion(request);
      const row = await write(request, (ctx) => closeNotice(ctx, request.params.id, version));
      return reply.header("etag", `"${row.version}"`).send(await respond(request, row));
    },
  );
}
