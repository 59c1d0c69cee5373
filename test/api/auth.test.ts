import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_SETTINGS } from "../../src/config/settings";
import { MINUTE } from "../../src/config/clock";
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
