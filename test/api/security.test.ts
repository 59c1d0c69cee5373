import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginCookie, startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  const admin = await server.createUser({ roles: ["system-admin"] });
  cookie = await loginCookie(server.app, admin.username, admin.password);
});
afterAll(async () => server?.close());

const unitBody = (name: string) => ({ regionCode: "370305", name, kind: "department", aliases: [] });

describe("cross-site requests", () => {
  it("refuses a POST from another origin with 403 and changes nothing", async () => {
    const response = await server.app.inject({
      method: "POST",
      url: "/api/units",
      headers: { cookie, origin: "http://evil.example", host: "localhost:3000" },
      payload: unitBody("跨站单位"),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("CROSS_SITE_REQUEST");
    const list = await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie } });
    expect(list.json().items.map((u: { name: string }) => u.name)).not.toContain("跨站单位");
  });

  it("refuses a browser's cross-site fetch (Sec-Fetch-Site) and accepts same-origin", async () => {
    const crossSite = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie, "sec-fetch-site": "cross-site" }, payload: unitBody("跨站单位二") });
    expect(crossSite.statusCode).toBe(403);
    const sameOrigin = await server.app.inject({
      method: "POST",
      url: "/api/units",
      headers: { cookie, origin: "http://localhost:3000", host: "localhost:3000", "sec-fetch-site": "same-origin" },
      payload: unitBody("同源单位"),
    });
    expect(sameOrigin.statusCode).toBe(201);
  });
});

describe("request hygiene", () => {
  it("answers 413 for a body over 1 MiB and 400 for unknown keys, with a Chinese message and a request id", async () => {
    const big = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie, "content-type": "application/json" }, payload: JSON.stringify({ name: "x".repeat(1_100_000) }) });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe("BODY_TOO_LARGE");
    const extra = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie }, payload: { ...unitBody("多余字段单位"), isAdmin: true } });
    expect(extra.statusCode).toBe(400);
    const body = extra.json();
    expect(body.code).toBe("VALIDATION_FAILED");
    expect(body.message).toMatch(/[\u4e00-\u9fff]/);
    expect(body.requestId).toBe(extra.headers["x-request-id"]);
  });

  it("answers 415 for text/plain and 400 for malformed JSON and a __proto__ payload", async () => {
    const text = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie, "content-type": "text/plain" }, payload: "name=x" });
    expect(text.statusCode).toBe(415);
    const malformed = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie, "content-type": "application/json" }, payload: "{bad" });
    expect(malformed.statusCode).toBe(400);
    const proto = await server.app.inject({
      method: "POST",
      url: "/api/units",
      headers: { cookie, "content-type": "application/json" },
      payload: '{"regionCode":"370305","name":"原型","kind":"department","__proto__":{"admin":true}}',
    });
    expect(proto.statusCode).toBe(400);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  it("never shows a stack trace, SQL or a path", async () => {
    const responses = await Promise.all([
      server.app.inject({ method: "GET", url: "/api/units/not-a-uuid", headers: { cookie } }),
      server.app.inject({ method: "GET", url: "/api/nope", headers: { cookie } }),
      server.app.inject({ method: "PATCH", url: "/api/regions/370305", headers: { cookie }, payload: { parentCode: "'; DROP TABLE units; --" } }),
    ]);
    for (const response of responses) {
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expect(response.body).not.toMatch(/at .*\.ts:\d+|SELECT |INSERT |node_modules|\/work\//);
    }
  });

  it("sends security headers and no-store on the API", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/health" });
    expect(response.json()).toMatchObject({ status: "ok", db: server.ctx.dbKind });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("same-origin");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["x-powered-by"]).toBeUndefined();
  });

  it("serves the OpenAPI document at /api/docs/json", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/docs/json" });
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(["/api/units", "/api/auth/login", "/api/health"]));
  });
});
