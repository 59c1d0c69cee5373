import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_SETTINGS } from "../../src/config/settings";
import { MINUTE } from "../../src/config/clock";
import { SECOND_FACTOR_ROLES, totpCode } from "../../src/auth/totp";
import { loginCookie, startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const login = (username: string, password: string, ip = "10.0.0.1") =>
  server.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password }, remoteAddress: ip });

describe("login", () => {
  it("issues an httpOnly SameSite=Strict session cookie, new at every login", async () => {
    const { username, password } = await server.createUser({ roles: ["office"] });
    const first = await login(username, password);
    expect(first.statusCode).toBe(200);
    const cookie = String(first.headers["set-cookie"]);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(first.json().user.username).toBe(username);
    expect(first.json().user).not.toHaveProperty("passwordHash");
    const second = await login(username, password);
    expect(String(second.headers["set-cookie"]).split(";")[0]).not.toBe(cookie.split(";")[0]);
  });

  it("answers 401 without a session and 401 with a replayed cookie after logout", async () => {
    expect((await server.app.inject({ method: "GET", url: "/api/units" })).statusCode).toBe(401);
    const { username, password } = await server.createUser({ roles: ["office"] });
    const cookie = await loginCookie(server.app, username, password);
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } })).statusCode).toBe(200);
    const out = await server.app.inject({ method: "POST", url: "/api/auth/logout", headers: { cookie } });
    expect(out.statusCode).toBe(204);
    const replay = await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } });
    expect(replay.statusCode).toBe(401);
  });

  it("locks the account after 5 failures: attempts 1-5 → 401, 6th and the right password → 423, open again after 15 minutes", async () => {
    const { username, password } = await server.createUser({ roles: ["office"] });
    for (let attempt = 1; attempt <= AUTH_SETTINGS.lockoutFailures; attempt++) {
      const response = await login(username, `Wrong-password-${attempt}`, "10.0.1.1");
      expect(response.statusCode, `attempt ${attempt}`).toBe(401);
    }
    const sixth = await login(username, "Wrong-password-6", "10.0.1.1");
    expect(sixth.statusCode).toBe(423);
    expect(sixth.json().message).toContain("锁定");
    expect((await login(username, password, "10.0.1.1")).statusCode).toBe(423);
    server.clock.advance(14 * MINUTE);
    expect((await login(username, password, "10.0.1.1")).statusCode).toBe(423);
    server.clock.advance(2 * MINUTE);
    expect((await login(username, password, "10.0.1.1")).statusCode).toBe(200);
  });

  it("limits failures per source address across accounts", async () => {
    const ip = "10.0.2.2";
    let status = 0;
    for (let i = 0; i < AUTH_SETTINGS.ipFailuresPerWindow + 1; i++) {
      status = (await login(`nobody${i}`, "Wrong-password-1", ip)).statusCode;
    }
    expect(status).toBe(429);
    server.clock.advance(AUTH_SETTINGS.ipWindowMs + MINUTE);
  });

  it("ends a session idle for more than 30 minutes, and any session after 12 hours", async () => {
    const { username, password } = await server.createUser({ roles: ["office"] });
    const cookie = await loginCookie(server.app, username, password);
    server.clock.advance(31 * MINUTE);
    const idle = await server.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie } });
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe("SESSION_EXPIRED");

    const active = await loginCookie(server.app, username, password);
    // 28 × 25 minutes = 11 h 40 min of steady use, then one more step passes 12 hours.
    for (let step = 0; step < 28; step++) {
      server.clock.advance(25 * MINUTE);
      expect((await server.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: active } })).statusCode).toBe(200);
    }
    server.clock.advance(25 * MINUTE);
    const old = await server.app.inject({ method: "GET", url: "/api/auth/me", headers: { cookie: active } });
    expect(old.statusCode).toBe(401);
  });

  it("forces a first-login password change and enforces the password rules", async () => {
    const { username, password } = await server.createUser({ roles: ["office"], mustChangePassword: true });
    const cookie = await loginCookie(server.app, username, password);
    const blocked = await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe("PASSWORD_CHANGE_REQUIRED");
    const change = (newPassword: string) =>
      server.app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie }, payload: { currentPassword: password, newPassword } });
    for (const weak of ["Short1!a", "alllowercaseletters", "NoDigitsOrSymbolsHere", `Xx1!${username}abcdef`, "Password123!"]) {
      const response = await change(weak);
      expect(response.statusCode, weak).toBe(400);
      expect(response.json().code).toBe("WEAK_PASSWORD");
    }
    expect((await change("Stronger-Passw0rd")).statusCode).toBe(204);
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } })).statusCode).toBe(200);
  });

  it("never returns a default account: admin, root and sa with common passwords all fail", async () => {
    for (const username of ["admin", "root", "sa"]) {
      for (const password of ["admin", "123456", "password", "Admin@123456", "root"]) {
        expect((await login(username, password, "10.9.9.9")).statusCode).not.toBe(200);
      }
    }
    server.clock.advance(AUTH_SETTINGS.ipWindowMs + MINUTE);
  });
});

describe("second factor (TOTP) for administrators and registry readers (security.md §1.1d)", () => {
  const loginWith = (username: string, password: string, otp?: string) =>
    server.app.inject({ method: "POST", url: "/api/auth/login", payload: { username, password, ...(otp ? { otp } : {}) }, remoteAddress: "10.0.7.1" });
  const codeAt = (secret: string, stepsFromNow: number) => totpCode(secret, new Date(server.clock.now().getTime() + stepsFromNow * 30_000));

  it("grants no session to any of those roles on the password alone, enrols an authenticator, then asks for its code", async () => {
    const granted: string[] = [];
    for (const role of SECOND_FACTOR_ROLES) {
      const { user, username, password } = await server.createUser({ roles: [role] });
      const enrol = await loginWith(username, password);
      expect(enrol.statusCode, role).toBe(401);
      expect(enrol.headers["set-cookie"], role).toBeUndefined();
      expect(enrol.json()).toMatchObject({ code: "MFA_ENROLL_REQUIRED" });
      const { secret, uri } = enrol.json<{ details: { secret: string; uri: string } }>().details;
      expect(uri).toMatch(/^otpauth:\/\/totp\/.+secret=/);
      expect((await loginWith(username, password, codeAt(secret, 0))).statusCode, role).toBe(200);

      const stored = (await server.ctx.db.execute(sql`SELECT totp_secret FROM users WHERE id = ${user.id}`)) as unknown as { rows: { totp_secret: string }[] };
      expect(stored.rows[0].totp_secret).not.toContain(secret); // sealed at rest
      const passwordOnly = await loginWith(username, password);
      expect(passwordOnly.json().code, role).toBe("MFA_REQUIRED");
      if (passwordOnly.headers["set-cookie"]) granted.push(role);
    }
    expect(granted).toEqual([]);
    const office = await server.createUser({ roles: ["office"] });
    expect((await loginWith(office.username, office.password)).statusCode).toBe(200);
  });

  it("accepts a code once: a replayed code and a wrong code are refused and count as failed logins", async () => {
    const { username, password } = await server.createUser({ roles: ["audit-admin"] });
    const secret = (await loginWith(username, password)).json<{ details: { secret: string } }>().details.secret;
    expect((await loginWith(username, password, codeAt(secret, -1))).statusCode).toBe(200);
    const code = codeAt(secret, 0);
    expect((await loginWith(username, password, code)).statusCode).toBe(200);
    const replayed = await loginWith(username, password, code);
    expect(replayed.statusCode).toBe(401);
    expect(replayed.json().code).toBe("MFA_INVALID");
    expect((await loginWith(username, password, codeAt(secret, -1))).json().code).toBe("MFA_INVALID"); // earlier step
    const wrong = String((Number(codeAt(secret, 1)) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 3; i++) expect((await loginWith(username, password, wrong)).json().code).toBe("MFA_INVALID");
    // replay + earlier step + 3 wrong = 5 failures: locked even with a good code.
    expect((await loginWith(username, password, codeAt(secret, 1))).statusCode).toBe(423);
  });

  it("lets the system administrator reset a lost authenticator; the next login enrols a new one", async () => {
    const admin = await server.createUser({ roles: ["system-admin"] });
    const adminCookie = await loginCookie(server.app, admin.username, admin.password);
    const clerk = await server.createUser({ roles: ["registry-clerk"] });
    await loginCookie(server.app, clerk.username, clerk.password);
    const listed = (await server.app.inject({ method: "GET", url: "/api/users", headers: { cookie: adminCookie } })).json<{ items: { id: string; secondFactorEnrolled: boolean }[] }>();
    expect(listed.items.find((u) => u.id === clerk.user.id)?.secondFactorEnrolled).toBe(true);
    const reset = await server.app.inject({ method: "PATCH", url: `/api/users/${clerk.user.id}`, headers: { cookie: adminCookie }, payload: { resetSecondFactor: true } });
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().secondFactorEnrolled).toBe(false);
    expect((await loginWith(clerk.username, clerk.password)).json().code).toBe("MFA_ENROLL_REQUIRED");
  });
});

// These tests move the clock forward by months: they come last in the file.
describe("password age, password history and unused accounts (security.md §1.1a, §1.2c)", () => {
  const DAY = 24 * 60 * MINUTE;
  const changePassword = (cookie: string, currentPassword: string, newPassword: string) =>
    server.app.inject({ method: "POST", url: "/api/auth/password", headers: { cookie }, payload: { currentPassword, newPassword } });
  const auditActions = async (userId: string) =>
    ((await server.ctx.db.execute(sql`SELECT action FROM audit_events WHERE object_id = ${userId} ORDER BY seq`)) as unknown as { rows: { action: string }[] }).rows.map((r) => r.action);

  it("judges a table of 20 passwords as expected: composition, length, username, common list and the last 5 passwords", async () => {
    const { user, username, password } = await server.createUser({ roles: ["office"], username: "pwtable" });
    let current = password;
    let cookie = await loginCookie(server.app, username, current);
    const used = [current];
    for (let i = 1; i <= 4; i++) {
      server.clock.advance(MINUTE);
      const next = `Fourth-Gen-${i}-Secret`;
      expect((await changePassword(cookie, current, next)).statusCode).toBe(204);
      current = next;
      used.push(next);
      cookie = await loginCookie(server.app, username, current);
    }
    // used = the last 5 passwords, the current one last.
    const table: { password: string; accepted: boolean; why: string }[] = [
      { password: "Abcdefgh1!x", accepted: false, why: "11 characters" },
      { password: "abcdefghijklmnop", accepted: false, why: "one class" },
      { password: "abcdefghijklmn12", accepted: false, why: "two classes" },
      { password: "ABCDEFGH12345678", accepted: false, why: "two classes, upper and digits" },
      { password: "Xx1!pwtable-suffix", accepted: false, why: "contains the username" },
      { password: "xX1!PWTABLE-suffix", accepted: false, why: "contains the username in other case" },
      { password: "Password123!", accepted: false, why: "on the common list" },
      { password: "Welcome@2026", accepted: false, why: "on the common list, capitalised" },
      { password: "Huawei@12345", accepted: false, why: "on the common list" },
      { password: `Aa1!${"x".repeat(125)}`, accepted: false, why: "129 characters" },
      ...used.map((old, i) => ({ password: old, accepted: false, why: `password ${i + 1} of the last 5` })),
      { password: "            ", accepted: false, why: "spaces only" },
      { password: "密码密码密码密码密码密码", accepted: false, why: "one class (Chinese characters only)" },
      { password: "Short-1a", accepted: false, why: "8 characters" },
      { password: "NoDigitsOrSymbols", accepted: false, why: "two classes, upper and lower" },
      { password: `Aa1!${"y".repeat(60)}`, accepted: true, why: "64 characters" },
    ];
    expect(table).toHaveLength(20);
    const verdicts: string[] = [];
    for (const row of table) {
      const response = await changePassword(cookie, current, row.password);
      const accepted = response.statusCode === 204;
      if (accepted !== row.accepted) verdicts.push(`${row.why}: ${response.statusCode} ${response.body}`);
      if (!accepted) expect(response.statusCode, row.why).toBe(400);
      if (accepted) {
        current = row.password;
        cookie = await loginCookie(server.app, username, current);
      }
    }
    expect(verdicts).toEqual([]);
    const reuse = await changePassword(cookie, current, used[2]);
    expect(reuse.json().message).toContain("最近 5 次");

    // The last 5 are now used[1..4] and the 64-character one; one more change and used[1] is 6th back: allowed again.
    server.clock.advance(MINUTE);
    expect((await changePassword(cookie, current, used[1])).statusCode).toBe(400);
    expect((await changePassword(cookie, current, "Fifth-Gen-Secret-1")).statusCode).toBe(204);
    cookie = await loginCookie(server.app, username, "Fifth-Gen-Secret-1");
    server.clock.advance(MINUTE);
    expect((await changePassword(cookie, "Fifth-Gen-Secret-1", used[1])).statusCode).toBe(204);
    const history = (await server.ctx.db.execute(sql`SELECT count(*)::int AS n FROM password_history WHERE user_id = ${user.id}`)) as unknown as { rows: { n: number }[] };
    expect(history.rows[0].n).toBe(AUTH_SETTINGS.passwordHistory - 1);
  }, 120_000); // about a hundred deliberately slow password hashes

  it("forces a password change at the first login after 90 days, and audits it", async () => {
    const { user, username, password } = await server.createUser({ roles: ["leader"] });
    server.clock.advance(60 * DAY);
    expect((await login(username, password)).json().user.mustChangePassword).toBe(false);
    server.clock.advance(31 * DAY);
    const day91 = await login(username, password);
    expect(day91.statusCode).toBe(200);
    expect(day91.json().user.mustChangePassword).toBe(true);
    const cookie = String(day91.headers["set-cookie"]).split(";")[0];
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } })).json().code).toBe("PASSWORD_CHANGE_REQUIRED");
    expect((await changePassword(cookie, password, "Renewed-Secret-2026")).statusCode).toBe(204);
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } })).statusCode).toBe(200);
    expect(await auditActions(user.id)).toContain("auth.password.expired");
  });

  it("disables an account unused for 90 days at its next login, audits account.disabled, and an administrator re-enables it", async () => {
    const stale = await server.createUser({ roles: ["office"] });
    await loginCookie(server.app, stale.username, stale.password);
    server.clock.advance(91 * DAY);
    const admin = await server.createUser({ roles: ["system-admin"] });
    const adminCookie = await loginCookie(server.app, admin.username, admin.password);

    const refused = await login(stale.username, stale.password);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "ACCOUNT_DISABLED_INACTIVE" });
    expect(refused.json().message).toContain("90 天");
    expect(await auditActions(stale.user.id)).toContain("account.disabled");
    expect((await login(stale.username, stale.password)).statusCode).toBe(401);

    const enabled = await server.app.inject({ method: "PATCH", url: `/api/users/${stale.user.id}`, headers: { cookie: adminCookie }, payload: { active: true } });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect((await login(stale.username, stale.password)).statusCode).toBe(200);
  });
});
