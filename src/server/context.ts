import type { Clock } from "../config/clock";
import type { Database, DatabaseKind } from "../db/client";
import type { IpLoginThrottle } from "../auth/login-throttle";
import type { Permission, Role } from "../shared/roles";

/** What every route handler can reach: the database, the clock, the audit key and settings. */
export interface AppContext {
  db: Database;
  dbKind: DatabaseKind;
  clock: Clock;
  secretKey: Buffer;
  secureCookies: boolean;
  throttle: IpLoginThrottle;
  /** Directory of the built web app; absent in API-only tests. */
  webRoot?: string;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  regionCode: string;
  unitId: string | null;
  /** Set for an evaluator assigned to one plan: they see that plan and nothing else. */
  planId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
}

/**
 * What a route needs: a permission, and the scope that its handler checks on the record itself
 * (region subtree, own unit). "none" is for routes that touch no scoped record.
 */
export interface RoutePolicy {
  permission: Permission;
  scope: "none" | "region" | "unit" | "self";
  /** Routes still open to a user who must change the initial password first. */
  allowBeforePasswordChange?: boolean;
}

/** A route as registered, for the test that every API route declares its policy. */
export interface RegisteredRoute {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
}

declare module "fastify" {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionTokenHash: string | null;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
  interface FastifyInstance {
    ctx: AppContext;
    registeredRoutes: RegisteredRoute[];
  }
}
