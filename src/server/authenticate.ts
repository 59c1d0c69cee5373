import type { FastifyInstance, FastifyRequest } from "fastify";
import { AUTH_SETTINGS, SESSION_COOKIE } from "../config/settings";
import { AppError } from "../errors/app-error";
import { deleteSession, findSessionWithUser, touchSession } from "../auth/session.repository";
import { hashSessionToken } from "../auth/session-token";
import { ADMIN_ROLES, roleHas, type Role } from "../shared/roles";
import type { RoutePolicy, SessionUser } from "./context";
import { auditDenied } from "./audit-request";

/** Loads the session behind the cookie (if any), then enforces the route's declared policy. */
export function installAuthentication(app: FastifyInstance): void {
  app.decorateRequest("user", null);
  app.decorateRequest("sessionTokenHash", null);

  // onRequest, before the body is parsed and validated: an anonymous caller learns nothing from a 400.
  app.addHook("onRequest", async (request) => {
    const policy = request.routeOptions.config?.policy;
    if (!request.url.startsWith("/api/")) return;
    if (!policy) {
      // Fail closed: a route that forgot to declare its policy is refused, and a test lists such routes.
      await auditDenied(request, "route.undeclared");
      throw new AppError("FORBIDDEN");
    }
    if (policy.permission === "public") return;
    const expired = await loadSession(request);
    if (!request.user) throw new AppError(expired ? "SESSION_EXPIRED" : "UNAUTHENTICATED");
    if (request.user.mustChangePassword && !policy.allowBeforePasswordChange) {
      throw new AppError("PASSWORD_CHANGE_REQUIRED");
    }
    if (!roleHas(request.user.roles, policy.permission)) {
      await auditDenied(request, `permission:${policy.permission}`);
      throw new AppError("FORBIDDEN");
    }
  });
}

export function readSessionCookie(request: FastifyRequest): string | null {
  return request.cookies[`__Host-${SESSION_COOKIE}`] ?? request.cookies[SESSION_COOKIE] ?? null;
}

/** Returns true when a cookie was presented but its session had timed out. */
async function loadSession(request: FastifyRequest): Promise<boolean> {
  const token = readSessionCookie(request);
  if (!token) return false;
  const { db, clock } = request.server.ctx;
  const tokenHash = hashSessionToken(token);
  const found = await findSessionWithUser(db, tokenHash);
  if (!found || !found.user.active) return false;
  const now = clock.now().getTime();
  const roles = found.user.roles as Role[];
  const idleLimit = roles.some((role) => ADMIN_ROLES.includes(role))
    ? AUTH_SETTINGS.adminIdleTimeoutMs
    : AUTH_SETTINGS.idleTimeoutMs;
  const idle = now - found.session.lastSeenAt.getTime();
  const age = now - found.session.createdAt.getTime();
  if (idle > idleLimit || age > AUTH_SETTINGS.absoluteTimeoutMs) {
    await deleteSession(db, tokenHash);
    return true;
  }
  if (idle > AUTH_SETTINGS.sessionTouchIntervalMs) await touchSession(db, tokenHash, clock.now());
  request.sessionTokenHash = tokenHash;
  request.user = toSessionUser(found.user);
  return false;
}

export function toSessionUser(row: {
  id: string;
  username: string;
  displayName: string;
  regionCode: string;
  unitId: string | null;
  planId: string | null;
  roles: string[];
  mustChangePassword: boolean;
}): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    regionCode: row.regionCode,
    unitId: row.unitId,
    planId: row.planId,
    roles: row.roles as Role[],
    mustChangePassword: row.mustChangePassword,
  };
}

/** Declares a route's policy in its options: `{ config: policy({ permission: "unit.read", scope: "region" }) }`. */
export function policy(value: RoutePolicy): { policy: RoutePolicy } {
  return { policy: value };
}
