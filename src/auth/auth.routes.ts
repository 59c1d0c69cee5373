import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { AUTH_SETTINGS, SESSION_COOKIE } from "../config/settings";
import { policy } from "../server/authenticate";
import { changePasswordSchema, loginSchema, sessionUserSchema, type SessionUserDto } from "../shared/api";
import type { Role } from "../shared/roles";
import { findRegion } from "../regions/region.repository";
import { findUnit } from "../units/unit.repository";
import { presentUser } from "../users/user.service";
import { findUserById, type UserRow } from "./user-lookup";
import { changePassword, login, logout } from "./auth.service";

export function registerAuthRoutes(app: FastifyInstance): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    "/api/auth/login",
    {
      config: policy({ permission: "public", scope: "none" }),
      schema: { tags: ["auth"], summary: "登录", body: loginSchema, response: { 200: z.object({ user: sessionUserSchema }) } },
    },
    async (request, reply) => {
      const { user, token } = await login(request, request.body.username, request.body.password, request.body.otp);
      setSessionCookie(request, reply, token);
      return { user: await presentSessionUser(request, user) };
    },
  );

  r.post(
    "/api/auth/logout",
    { config: policy({ permission: "session", scope: "self", allowBeforePasswordChange: true }), schema: { tags: ["auth"] } },
    async (request, reply) => {
      await logout(request);
      clearSessionCookie(request, reply);
      return reply.status(204).send();
    },
  );

  r.get(
    "/api/auth/me",
    {
      config: policy({ permission: "session", scope: "self", allowBeforePasswordChange: true }),
      schema: { tags: ["auth"], response: { 200: z.object({ user: sessionUserSchema }) } },
    },
    async (request) => {
      const row = await findUserById(request.server.ctx.db, request.user!.id);
      return { user: await presentSessionUser(request, row!) };
    },
  );

  r.post(
    "/api/auth/password",
    {
      config: policy({ permission: "session", scope: "self", allowBeforePasswordChange: true }),
      schema: { tags: ["auth"], summary: "修改密码", body: changePasswordSchema },
    },
    async (request, reply) => {
      await changePassword(request, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send();
    },
  );
}

async function presentSessionUser(request: FastifyRequest, user: UserRow): Promise<SessionUserDto> {
  const db = request.server.ctx.db;
  const region = await findRegion(db, user.regionCode);
  const unit = user.unitId ? await findUnit(db, user.unitId) : null;
  return { ...presentUser(user), roles: user.roles as Role[], regionName: region?.name ?? user.regionCode, unitName: unit?.name ?? null };
}

function cookieName(request: FastifyRequest): string {
  return request.server.ctx.secureCookies ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;
}

function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.setCookie(cookieName(request), token, {
    path: "/",
    httpOnly: true,
    sameSite: "strict",
    secure: request.server.ctx.secureCookies,
    maxAge: AUTH_SETTINGS.absoluteTimeoutMs / 1000,
  });
}

function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(cookieName(request), { path: "/", httpOnly: true, sameSite: "strict", secure: request.server.ctx.secureCookies });
}
