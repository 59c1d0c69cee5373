import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/server";
import { actor, call, insertPlan, type Actor, type FactoryPlan } from "./supervision-factory";

const COUNTY = "440804";
let server: TestServer;
let plan: FactoryPlan;
let otherPlan: FactoryPlan;
let office: Actor;
let evaluator: Actor;
let evaluationId: string;
let version: number;
/** Task ids of the plan by number: 3 only groups 4, so 1, 2 and 4 are scored. */
let task: Record<"1" | "2" | "3" | "4", string>;

interface Detail {
  version: number;
  state: string;
  progress: { tasksScored: number };
  tasks: { taskId: string; rating: string | null; comment: string }[];
}

beforeAll(async () => {
  server = await startTestServer();
  server.clock.set("2021-01-10T02:00:00Z");
  const unit = (await server.createUnit({ regionCode: COUNTY, name: "区残联" })).id;
  plan = await insertPlan(server, { regionCode: COUNTY, title: "坡头区“十三五”残疾人事业发展规划", tasks: [1, 2, 3, 4].map(() => ({ units: [unit], dues: ["2020-06-30"] })) });
  otherPlan = await insertPlan(server, { regionCode: COUNTY, title: "坡头区残疾人小康进程规划", tasks: [{ units: [unit], dues: ["2020-06-30"] }] });
  await server.ctx.db.execute(sql`UPDATE tasks SET parent_no = '3' WHERE id = ${plan.tasks[3].taskId}`);
  const [t1, t2, t3, t4] = plan.tasks.map((t) => t.taskId);
  task = { "1": t1, "2": t2, "3": t3, "4": t4 };
  office = await actor(server, ["office"], COUNTY);
  evaluator = await actor(server, ["evaluator"], COUNTY);
  const created = await call(server, office, "POST", "/api/evaluations", { payload: { planId: plan.planId, kind: "final", asOf: "2020-12-31", evaluatorOrg: "湛江某第三方评估中心" } });
  expect(created.statusCode, created.body).toBe(201);
  evaluationId = created.json().id;
  version = created.json().version;
});
afterAll(async () => server?.close());

function putScores(who: Actor, payload: unknown, ifMatch?: number) {
  const headers: Record<string, string> = { cookie: who.cookie };
  if (ifMatch !== undefined) headers["if-match"] = `"${ifMatch}"`;
  return server.app.inject({ method: "PUT", url: `/api/evaluations/${evaluationId}/tasks`, headers, payload: payload as object });
}

async function current(): Promise<Detail> {
  return (await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}`)).json();
}

const ratingsOf = (detail: Detail) => Object.fromEntries(detail.tasks.map((t) => [t.taskId, [t.rating, t.comment]]));

async function scoreEvents(): Promise<{ detail: Record<string, unknown> }[]> {
  const answer = (await server.ctx.db.execute(
    sql`SELECT detail FROM audit_events WHERE object_id = ${evaluationId} AND action = 'evaluation.score' ORDER BY seq`,
  )) as unknown as { rows: { detail: Record<string, unknown> }[] };
  return answer.rows;
}

describe("PUT /api/evaluations/:id/tasks (many scores at once)", () => {
  it("checks the caller, the version header and the body", async () => {
    const items = [{ taskId: task["1"], rating: "completed" }];
    expect((await putScores(evaluator, { items })).statusCode).toBe(428);
    expect((await putScores(await actor(server, ["leader"], COUNTY), { items }, version)).statusCode).toBe(403);
    expect((await putScores(await actor(server, ["evaluator"], "440802"), { items }, version)).statusCode).toBe(404);
    for (const body of [
      { items: [] },
      { items: [{ ...items[0], extra: 1 }] },
      { items, extra: 1 },
      { items: [{ taskId: task["1"], rating: "done" }] },
      { items: [...items, { taskId: task["1"], rating: "not-completed" }] },
      { items: Array.from({ length: 2001 }, () => ({ taskId: randomUUID(), rating: "completed" })) },
    ]) {
      const response = await putScores(evaluator, body, version);
      expect(response.statusCode, JSON.stringify(body).slice(0, 200)).toBe(400);
    }
    const duplicate = await putScores(evaluator, { items: [...items, { taskId: task["1"], rating: "not-completed" }] }, version);
    expect(duplicate.json().message).toContain(task["1"]);
    expect((await current()).version).toBe(version);
  });

  it("scores many tasks in one write: one version bump, one audit event naming every task", async () => {
    // A score given earlier by hand is replaced, not duplicated.
    const single = await call(server, evaluator, "GET", `/api/evaluations/${evaluationId}`);
    const byHand = await server.app.inject({
      method: "PUT",
      url: `/api/evaluations/${evaluationId}/tasks/${task["1"]}`,
      headers: { cookie: evaluator.cookie, "if-match": `"${single.json().version}"` },
      payload: { rating: "not-completed", comment: "初评" },
    });
    expect(byHand.statusCode, byHand.body).toBe(200);
    version = byHand.json().version;
    const eventsBefore = (await scoreEvents()).length;

    const response = await putScores(
      evaluator,
      {
        items: [
          { taskId: task["1"], rating: "completed", comment: "两项补贴全面落实" },
          { taskId: task["2"], rating: "basically-completed" },
          { taskId: task["4"], rating: "not-completed", comment: "康复中心未建成" },
        ],
      },
      version,
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as Detail;
    expect(body.version).toBe(version + 1);
    expect(response.headers.etag).toBe(`"${version + 1}"`);
    expect(body.progress.tasksScored).toBe(3);
    expect(ratingsOf(body)).toEqual({
      [task["1"]]: ["completed", "两项补贴全面落实"],
      [task["2"]]: ["basically-completed", ""],
      [task["4"]]: ["not-completed", "康复中心未建成"],
    });
    expect(ratingsOf(await current())).toEqual(ratingsOf(body));
    version = body.version;

    const events = await scoreEvents();
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)?.detail).toEqual({
      count: 3,
      tasks: [
        { taskId: task["1"], rating: "completed" },
        { taskId: task["2"], rating: "basically-completed" },
        { taskId: task["4"], rating: "not-completed" },
      ],
    });
  });

  it("writes nothing when one task is another plan's, a grouping row, or the version is stale", async () => {
    const before = await current();
    const foreign = otherPlan.tasks[0].taskId;
    const mixed = (taskId: string) => ({ items: [{ taskId: task["2"], rating: "completed" }, { taskId, rating: "completed" }] });

    const outside = await putScores(evaluator, mixed(foreign), version);
    expect(outside.statusCode).toBe(404);
    expect(outside.json().message).toContain(foreign);
    expect(outside.json().details).toEqual({ taskIds: [foreign] });

    const unknown = randomUUID();
    expect((await putScores(evaluator, mixed(unknown), version)).json().details).toEqual({ taskIds: [unknown] });

    const group = await putScores(evaluator, mixed(task["3"]), version);
    expect(group.statusCode).toBe(400);
    expect(group.json().message).toContain("任务 3 下有子项");
    expect(group.json().details).toEqual({ taskIds: [task["3"]] });
    // The single-task route keeps the same rule.
    const groupByHand = await server.app.inject({
      method: "PUT",
      url: `/api/evaluations/${evaluationId}/tasks/${task["3"]}`,
      headers: { cookie: evaluator.cookie, "if-match": `"${version}"` },
      payload: { rating: "completed" },
    });
    expect(groupByHand.statusCode).toBe(400);

    const stale = await putScores(evaluator, { items: [{ taskId: task["2"], rating: "completed" }] }, version - 1);
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe("VERSION_CONFLICT");

    const after = await current();
    expect(after.version).toBe(before.version);
    expect(ratingsOf(after)).toEqual(ratingsOf(before));
    const stored = (await server.ctx.db.execute(sql`SELECT count(*)::int AS n FROM evaluation_task_scores WHERE evaluation_id = ${evaluationId}`)) as unknown as {
      rows: { n: number }[];
    };
    expect(stored.rows[0].n).toBe(3);
  });

  it("is refused once the evaluation is published", async () => {
    const published = await call(server, office, "POST", `/api/evaluations/${evaluationId}/publish`, { ifMatch: version });
    expect(published.statusCode, published.body).toBe(200);
    version = published.json().version;
    const locked = await putScores(evaluator, { items: [{ taskId: task["2"], rating: "completed" }] }, version);
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe("INVALID_STATE");
    const after = await current();
    expect(after.version).toBe(version);
    expect(after.tasks.find((t) => t.taskId === task["2"])?.rating).toBe("basically-completed");
  });
});
