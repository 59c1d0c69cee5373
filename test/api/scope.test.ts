import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginCookie, startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let linziOffice: string;
let linziUnit: { id: string };
let zhanjiangUnit: { id: string };

beforeAll(async () => {
  server = await startTestServer();
  linziUnit = await server.createUnit({ regionCode: "370305", name: "区民政局" });
  zhanjiangUnit = await server.createUnit({ regionCode: "440800", name: "市民政局" });
  const office = await server.createUser({ roles: ["office"], regionCode: "370305" });
  linziOffice = await loginCookie(server.app, office.username, office.password);
});
afterAll(async () => server?.close());

describe("region scope", () => {
  it("lists only the user's region subtree", async () => {
    const response = await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie: linziOffice } });
    const ids = response.json().items.map((u: { id: string }) => u.id);
    expect(ids).toContain(linziUnit.id);
    expect(ids).not.toContain(zhanjiangUnit.id);
    const regions = await server.app.inject({ method: "GET", url: "/api/regions", headers: { cookie: linziOffice } });
    expect(regions.json().items.map((r: { code: string }) => r.code)).toEqual(["370305"]);
  });

  it("answers 404, not 403, for another region's record, and changes nothing", async () => {
    const read = await server.app.inject({ method: "GET", url: `/api/units/${zhanjiangUnit.id}`, headers: { cookie: linziOffice } });
    expect(read.statusCode).toBe(404);
    const write = await server.app.inject({
      method: "PATCH",
      url: `/api/units/${zhanjiangUnit.id}`,
      headers: { cookie: linziOffice, "if-match": '"1"' },
      payload: { name: "被改名" },
    });
    expect(write.statusCode).toBe(404);
    const missing = await server.app.inject({ method: "GET", url: "/api/units/00000000-0000-4000-8000-000000000000", headers: { cookie: linziOffice } });
    expect(missing.json().code).toBe(read.json().code);
  });

  it("a unit liaison cannot write units (403) and a leader reads but does not write", async () => {
    const liaison = await server.createUser({ roles: ["liaison"], regionCode: "370305", unitId: linziUnit.id });
    const cookie = await loginCookie(server.app, liaison.username, liaison.password);
    const create = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie }, payload: { regionCode: "370305", name: "新单位", kind: "department" } });
    expect(create.statusCode).toBe(403);
    const leader = await server.createUser({ roles: ["leader"], regionCode: "370305" });
    const leaderCookie = await loginCookie(server.app, leader.username, leader.password);
    expect((await server.app.inject({ method: "GET", url: "/api/units", headers: { cookie: leaderCookie } })).statusCode).toBe(200);
    expect((await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie: leaderCookie }, payload: { regionCode: "370305", name: "新单位", kind: "department" } })).statusCode).toBe(403);
  });
});

describe("unit versions", () => {
  it("needs If-Match (428), refuses a stale version (412 naming who changed it) and keeps aliases", async () => {
    const unit = await server.app.inject({ method: "POST", url: "/api/units", headers: { cookie: linziOffice }, payload: { regionCode: "370305", name: "区卫健局", kind: "department", aliases: ["区卫计局", "区卫计局", " 区卫生计生局 "] } });
    expect(unit.statusCode).toBe(201);
    const { id, aliases } = unit.json();
    expect(aliases).toEqual(["区卫计局", "区卫生计生局"]);
    const noVersion = await server.app.inject({ method: "PATCH", url: `/api/units/${id}`, headers: { cookie: linziOffice }, payload: { name: "区卫生健康局" } });
    expect(noVersion.statusCode).toBe(428);
    const first = await server.app.inject({ method: "PATCH", url: `/api/units/${id}`, headers: { cookie: linziOffice, "if-match": '"1"' }, payload: { name: "区卫生健康局" } });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const stale = await server.app.inject({ method: "PATCH", url: `/api/units/${id}`, headers: { cookie: linziOffice, "if-match": '"1"' }, payload: { active: false } });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().message).toContain("修改");
  });
});
