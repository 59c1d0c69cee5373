import { readFile } from "node:fs/promises";
import { appendAuditEvent } from "../../src/audit/audit.repository";
import { acceptPreview } from "../../src/plans/import/auto-unit-mapping";
import { confirmPlanImport } from "../../src/plans/import/plan-import-confirm";
import { previewPlanImport } from "../../src/plans/import/plan-import-preview";
import type { TestServer } from "../support/server";
import { call, type Actor } from "./supervision-factory";

/** Dashboard test data: seed plans imported through the real preview and confirm, reports run through the API. */

const SEEDS = new URL("../fixtures/plans/seeds/", import.meta.url);

/** Imports a seed like the demo loader does (units created under their suggested names); returns the plan id. */
export async function importSeed(server: TestServer, file: string, regionCode: string): Promise<string> {
  const bytes = new Uint8Array(await readFile(new URL(file, SEEDS)));
  const now = server.clock.now();
  const preview = await previewPlanImport(server.ctx.db, { regionCode, fileName: file, bytes }, now);
  const result = await server.ctx.db.transaction((tx) =>
    confirmPlanImport(
      tx,
      { payload: acceptPreview(preview), fileName: file, bytes },
      {
        userId: null,
        now,
        record: (input) => appendAuditEvent(tx, server.ctx.secretKey, { ...input, ts: now, actorName: "test", requestId: "test" }).then(() => undefined),
      },
    ),
  );
  return result.planId;
}

/** The liaison writes and submits a report, then the office accepts it on the clock's current day. */
export async function acceptReport(server: TestServer, liaison: Actor, office: Actor, reportId: string, isFinal = false): Promise<void> {
  let version = (await call(server, liaison, "GET", `/api/reports/${reportId}`)).json().version as number;
  const steps: [Actor, string, "PATCH" | "POST", unknown][] = [
    [liaison, `/api/reports/${reportId}`, "PATCH", { progress: isFinal ? "done" : "in-progress", narrative: "按计划推进。", isFinal }],
    [liaison, `/api/reports/${reportId}/submit`, "POST", undefined],
    [office, `/api/reports/${reportId}/accept`, "POST", undefined],
  ];
  for (const [who, url, method, payload] of steps) {
    const response = await call(server, who, method, url, { ifMatch: version, payload });
    if (response.statusCode !== 200) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    version = response.json().version as number;
  }
}
