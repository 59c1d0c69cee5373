import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERMISSIONS, ROLES, ROLE_PERMISSIONS, ADMIN_ROLES } from "../../src/shared/roles";
import { startTestServer, type TestServer } from "../support/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const apiRoutes = () => server.app.registeredRoutes.filter((route) => route.url.startsWith("/api/") && route.method !== "HEAD");

describe("route policies", () => {
  it("every API route declares a known permission and a scope", () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((route) => !route.policy).map((route) => `${route.method} ${route.url}`);
    expect(undeclared).toEqual([]);
    for (const route of routes) {
      expect(PERMISSIONS, `${route.method} ${route.url}`).toContain(route.policy!.permission);
      expect(["none", "region", "unit", "self"]).toContain(route.policy!.scope);
    }
  });

  it("only /api/public/ routes, login, health and the OpenAPI document are open to the public", () => {
    const open = apiRoutes()
      .filter((route) => route.policy?.permission === "public")
      .map((route) => route.url);
    for (const url of open) {
      expect(url.startsWith("/api/public/") || ["/api/health", "/api/auth/login", "/api/docs/json"].includes(url), url).toBe(true);
    }
  });

  it("every non-public route answers 401 without a session", async () => {
    for (const route of apiRoutes().filter((r) => r.policy?.permission !== "public")) {
      const url = route.url.replace(/:(\w+)/g, (_, name: string) => (name === "code" ? "370305" : "00000000-0000-4000-8000-000000000000"));
      const response = await server.app.inject({ method: route.method as "GET", url, payload: route.method === "GET" ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it("keeps the audit administrator to the audit trail and the others out of it", () => {
    expect(ROLE_PERMISSIONS["audit-admin"].filter((p) => p !== "session")).toEqual(["audit.read"]);
    for (const role of ROLES.filter((r) => r !== "audit-admin")) expect(ROLE_PERMISSIONS[role]).not.toContain("audit.read");
    expect(ADMIN_ROLES).toHaveLength(3);
  });
});
