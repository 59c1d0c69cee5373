import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../../src/audit/audit.repository";
import { loginCookie, startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let adminCookie: string;
let auditorCookie: string;

beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.createUser({ roles: ["system-admin"] });
  adminCookie = await loginCookie(server.app, admin.username, admin.password);
  const auditor = await server.createUser({ roles: ["audit-admin"] });
  auditorCookie = await loginCookie(server.app, auditor.username, auditor.password);
});
afterAll(async () => server?.close());

/** Drizzle wraps driver errors; the database's own message is on the cause. */
async function databaseError(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return `${(error as Error).message} ${cause?.message ?? ""}`;
  }
  return "no error";
}

type AuditItem = { action: string; outcome: string; objectId: string | null; requestId: string | null; sourceIp: string | null; actorId: string | null; ts: string };

async function auditItems(): Promise<AuditItem[]> {
  const response = await server.app.inject({ method: "GET", url: "/api/audit?limit=500", headers: { cookie: auditorCookie } });
  expect(response.statusCode).toBe(200);
  return response.json().items;
}

describe("audit trail", () => {
  it("records every write with actor, time, source, request id and outcome — and never a password", async () => {
    const created = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie: adminCookie }, payload: { regionCode: "370305", name: "区残联", kind: "organisation", aliases: [] } });
    const event = (await auditItems()).find((item) => item.action === "unit.create" && item.objectId === created.json().id);
    expect(event).toMatchObject({ outcome: "success", requestId: created.headers["x-request-id"] });
    expect(event!.actorId).toBeTruthy();
    expect(event!.sourceIp).toBeTruthy();
    const dump = await server.database.owner.db.execute(sql`SELECT string_agg(detail::text, ' ') AS text FROM audit_events`);
    const text = String((dump as unknown as { rows: { text: string }[] }).rows[0].text);
    expect(text).not.toMatch(/Tt-[A-Za-z0-9]{12}9z/);
  });

  it("records denied requests", async () => {
    const denied = await server.app.inject({ method: "GET", url: "/api/audit", headers: { cookie: adminCookie } });
    expect(denied.statusCode).toBe(403);
    const event = (await auditItems()).find((item) => item.requestId === denied.headers["x-request-id"]);
    expect(event).toMatchObject({ outcome: "denied" });
  });

  it("lets the audit administrator read the trail and nothing else", async () => {
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie: auditorCookie } })).statusCode).toBe(403);
    expect((await server.app.inject({ method: "GET", url: "/api/users", headers: { cookie: auditorCookie } })).statusCode).toBe(403);
  });

  it("refuses UPDATE and DELETE of audit rows to the application's role", async () => {
    const db = server.ctx.db;
    expect(await databaseError(db.execute(sql`UPDATE audit_events SET action = 'forged'`))).toMatch(/permission denied for table audit_events/);
    expect(await databaseError(db.execute(sql`DELETE FROM audit_events`))).toMatch(/permission denied for table audit_events/);
    expect(await databaseError(db.execute(sql`TRUNCATE audit_events`))).toMatch(/permission denied for table audit_events/);
  });

  it("verifies the hash chain and names the first altered event", async () => {
    const key = server.ctx.secretKey;
    const intact = await verifyAuditChain(server.ctx.db, key);
    expect(intact.break).toBeNull();
    expect(intact.checked).toBeGreaterThan(3);
    // Tamper as the database owner would: disable the append-only trigger and edit one row.
    const owner = server.database.owner;
    await owner.exec("RESET ROLE");
    await owner.exec("ALTER TABLE audit_events DISABLE TRIGGER USER");
    await owner.exec("UPDATE audit_events SET actor_name = 'someone-else' WHERE seq = 3");
    await owner.exec("ALTER TABLE audit_events ENABLE TRIGGER USER");
    if (owner === server.database.handle) await owner.exec("SET ROLE xiaokang_app");
    const broken = await verifyAuditChain(server.ctx.db, key);
    expect(broken.break).toEqual({ seq: 3, reason: "altered" });
  });
});

describe("three separated administrators (三权分立)", () => {
  it("refuses an account holding two admin roles, through the API and in the database", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: adminCookie },
      payload: { username: "twohats", displayName: "兼任", regionCode: "000000", roles: ["system-admin", "audit-admin"], password: "Very-Strong-Pass1" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("ADMIN_ROLES_COMBINED");
    const someone = await server.createUser({ roles: ["security-admin"] });
    const message = await databaseError(
      server.database.owner.db.execute(sql`UPDATE users SET roles = ARRAY['security-admin','system-admin'] WHERE id = ${someone.user.id}`),
    );
    expect(message).toMatch(/users_admin_roles_separated/);
  });

  it("the system administrator creates accounts that must change their password at first login", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/users",
      headers: { cookie: adminCookie },
      payload: { username: "newclerk", displayName: "新用户", regionCode: "370305", roles: ["leader"], password: "Very-Strong-Pass1" },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ mustChangePassword: true, roles: ["leader"] });
    expect(response.json()).not.toHaveProperty("passwordHash");
  });
});
