import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { actor, call, insertPlan, reportOf, type Actor } from "./supervision-factory";

const REGION = "440803";
let server: TestServer;
let liaison: Actor;
let office: Actor;
let unitId: string;
let taskId: string;

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2018-03-01T02:00:00Z");
  unitId = (await server.createUnit({ regionCode: REGION, name: "区残联" })).id;
  const plan = await insertPlan(server, { regionCode: REGION, tasks: [{ units: [unitId], dues: ["2018-06-30"] }] });
  taskId = plan.tasks[0].taskId;
  liaison = await actor(server, ["liaison"], REGION, unitId);
  office = await actor(server, ["office"], REGION);
});
afterAll(async () => server?.close());

describe("no lost updates (security.md §6 row 18)", () => {
  it("100 conflicting pairs: exactly 100 successes and 100 × 412; final version = initial + 100", async () => {
    const initial = await reportOf(server, liaison, taskId, unitId);
    let version = initial.version;
    const statuses: number[] = [];
    for (let pair = 0; pair < 100; pair++) {
      // Both writers read the same version and write at once: one wins, the other is told who changed it.
      const [a, b] = await Promise.all(
        ["A", "B"].map((who) => call(server, liaison, "PATCH", `/api/reports/${initial.id}`, { payload: { narrative: `${who}${pair}` }, ifMatch: version })),
      );
      statuses.push(a.statusCode, b.statusCode);
      const winner = [a, b].find((r) => r.statusCode === 200);
      const loser = [a, b].find((r) => r.statusCode === 412);
      expect(winner, `pair ${pair}`).toBeDefined();
      expect(loser?.json().code, `pair ${pair}`).toBe("VERSION_CONFLICT");
      version = winner!.json().version;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(100);
    expect(statuses.filter((s) => s === 412)).toHaveLength(100);
    const final = (await call(server, office, "GET", `/api/reports/${initial.id}`)).json();
    expect(final.version).toBe(initial.version + 100);
    expect(final.narrative).toMatch(/^[AB]99$/);
  }, 120_000);

  it("100 pairs on 100 notices at once, all in parallel: 100 successes, 100 × 412", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 100; i++) {
      const issued = await call(server, office, "POST", "/api/notices", { payload: { taskId, unitId, message: `催办${i}` } });
      expect(issued.statusCode, issued.body).toBe(201);
      ids.push(issued.json().id);
    }
    const responses = await Promise.all(
      ids.flatMap((id) => ["甲", "乙"].map((who) => call(server, liaison, "POST", `/api/notices/${id}/respond`, { payload: { response: `${who}回复` }, ifMatch: 1 }))),
    );
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(100);
    expect(responses.filter((r) => r.statusCode === 412)).toHaveLength(100);
    expect((await call(server, liaison, "POST", `/api/notices/${ids[0]}/respond`, { payload: { response: "x" } })).statusCode).toBe(428);
  }, 120_000);
});
