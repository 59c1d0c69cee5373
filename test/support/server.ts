import { randomBytes, randomUUID } from "node:crypto";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { IpLoginThrottle } from "../../src/auth/login-throttle";
import { appendAuditEvent } from "../../src/audit/audit.repository";
import { ManualClock } from "../../src/config/clock";
import type { AppContext } from "../../src/server/context";
import { buildApp } from "../../src/server/app";
import { insertUnit } from "../../src/units/unit.repository";
import { createUser } from "../../src/users/user.service";
import type { UserRow } from "../../src/auth/user-lookup";
import type { Role } from "../../src/shared/roles";
import { createTestDatabase, type TestDatabase } from "./database";

export const WEB_ROOT = fileURLToPath(new URL("../../dist/web", import.meta.url));

export interface TestUserInput {
  username?: string;
  password?: string;
  displayName?: string;
  roles: Role[];
  regionCode?: string;
  unitId?: string | null;
  mustChangePassword?: boolean;
}

export interface TestServer {
  app: FastifyInstance;
  ctx: AppContext;
  database: TestDatabase;
  clock: ManualClock;
  /** Set only when listening (browser tests). */
  baseUrl: string;
  createUser(input: TestUserInput): Promise<{ user: UserRow; username: string; password: string }>;
  createUnit(input: { regionCode: string; name: string; aliases?: string[] }): Promise<{ id: string }>;
  close(): Promise<void>;
}

/** A strong password for test accounts. */
export function testPassword(): string {
  return `Tt-${randomBytes(9).toString("base64url").replace(/[-_]/g, "q")}9z`;
}

/**
 * The real application on a fresh database. API tests use `app.inject`; browser tests pass
 * `listen: true` (and `web: true` to serve dist/web) and drive `baseUrl`.
 */
export async function startTestServer(options: { listen?: boolean; web?: boolean; clock?: ManualClock } = {}): Promise<TestServer> {
  const database = await createTestDatabase();
  const clock = options.clock ?? new ManualClock(new Date());
  const ctx: AppContext = {
    db: database.handle.db,
    dbKind: database.handle.kind,
    clock,
    secretKey: randomBytes(32),
    secureCookies: false,
    throttle: new IpLoginThrottle(clock),
    webRoot: options.web || options.listen ? WEB_ROOT : undefined,
  };
  const app = await buildApp(ctx);
  let baseUrl = "";
  if (options.listen) {
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    baseUrl = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
  } else {
    await app.ready();
  }
  return {
    app,
    ctx,
    database,
    clock,
    baseUrl,
    async createUser(input) {
      const username = input.username ?? `u${randomUUID().slice(0, 8)}`;
      const password = input.password ?? testPassword();
      const user = await ctx.db.transaction((tx) =>
        createUser(
          tx,
          {
            username,
            displayName: input.displayName ?? username,
            regionCode: input.regionCode ?? "000000",
            unitId: input.unitId ?? null,
            roles: input.roles,
            password,
            mustChangePassword: input.mustChangePassword ?? false,
            now: clock.now(),
          },
          (event) => appendAuditEvent(tx, ctx.secretKey, { ...event, ts: clock.now(), actorName: "test" }).then(() => undefined),
        ),
      );
      return { user, username, password };
    },
    async createUnit(input) {
      const row = await insertUnit(ctx.db, {
        id: randomUUID(),
        regionCode: input.regionCode,
        name: input.name,
        kind: "department",
        aliases: input.aliases ?? [],
        updatedAt: clock.now(),
      });
      return { id: row.id };
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}

/** Logs in through the API and returns the Cookie header value for later requests. */
export async function loginCookie(app: FastifyInstance, username: string, password: string): Promise<string> {
  const response = await app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers["set-cookie"];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(first).split(";")[0];
}
