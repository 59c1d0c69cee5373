import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginCookie, startTestServer, type TestServer } from "../support/server";
import { insertPlan } from "./supervision-factory";

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startTestServer();
  const office = await server.createUser({ roles: ["office"], regionCode: "370305" });
  cookie = await loginCookie(server.app, office.username, office.password);
});
afterAll(async () => server?.close());

describe("a plan's warning window", () => {
  it("moves the yellow lights when the office changes it", async () => {
    const unit = await server.createUnit({ regionCode: "370305", name: "区民政局" });
    const plan = await insertPlan(server, { regionCode: "370305", warningDays: 15, tasks: [{ units: [unit.id], dues: ["2020-06-30"] }] });
    const overview = async () => {
      const response = await server.app.inject({ method: "GET", url: `/api/supervision/overview?asOf=2020-06-05&planId=${plan.planId}`, headers: { cookie } });
      expect(response.statusCode).toBe(200);
      return response.json().counts as Record<string, number>;
    };
    // 25 days before the due date: outside a 15-day window, inside a 30-day one.
    expect((await overview()).yellow).toBe(0);
    const detail = await server.app.inject({ method: "GET", url: `/api/plans/${plan.planId}`, headers: { cookie } });
    const version = detail.json().plan?.version ?? detail.json().version;
    const patch = await server.app.inject({
      method: "PATCH",
      url: `/api/plans/${plan.planId}`,
      headers: { cookie, "if-match": `"${version}"` },
      payload: { warningDays: 30 },
    });
    expect(patch.statusCode, patch.body).toBe(200);
    expect((await overview()).yellow).toBe(1);
  });
});
