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
import { totpCode } from "../../src/auth/totp";
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
/** Authenticator secrets of test accounts that enrolled a second factor, by lower-cased username. */
const totpSecrets = new Map<string, string>();
/** Time steps already used per account: a code is good once, and test clocks often stand still. */
const usedSteps = new Map<string, Set<number>>();

/** A fresh code for the account: the current step or a neighbour the server still accepts, else 30 s later. */
function nextCode(app: FastifyInstance, username: string, secret: string): string {
  const used = usedSteps.get(username.toLowerCase()) ?? new Set<number>();
  usedSteps.set(username.toLowerCase(), used);
  const clock = app.ctx.clock;
  for (;;) {
    const now = clock.now().getTime();
    const base = Math.floor(now / 30_000);
    // Later steps only: the server refuses a step at or before the last one it accepted.
    const step = [base - 1, base, base + 1].find((candidate) => candidate > Math.max(-1, ...used));
    if (step !== undefined) {
      used.add(step);
      return totpCode(secret, new Date(step * 30_000));
    }
    if (!(clock instanceof ManualClock)) throw new Error("no unused TOTP step: wait 30 s");
    clock.advance(30_000);
  }
}

/**
 * Logs in through the API and returns the session cookie. Accounts that need a second factor are
 * enrolled on their first login here, as a person with an authenticator app would do.
 */
export async function loginCookie(app: FastifyInstance, username: string, password: string): Promise<string> {
  const attempt = (otp?: string) => app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password, ...(otp ? { otp } : {}) } });
  let response = await attempt();
  const code = response.statusCode === 401 ? response.json<{ code: string }>().code : null;
  if (code === "MFA_ENROLL_REQUIRED") {
    const secret = response.json<{ details: { secret: string } }>().details.secret;
    totpSecrets.set(username.toLowerCase(), secret);
    usedSteps.delete(username.toLowerCase());
    response = await attempt(nextCode(app, username, secret));
  } else if (code === "MFA_REQUIRED") {
    const secret = totpSecrets.get(username.toLowerCase());
    if (!secret) throw new Error(`login failed: no authenticator secret known for ${username}`);
    response = await attempt(nextCode(app, username, secret));
  }
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.headers["set-cookie"];
  const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return String(first).split(";")[0];
}
