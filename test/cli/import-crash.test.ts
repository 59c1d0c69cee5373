import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDetailDto, PlanImportPreviewDto, PlanSummaryDto } from "../../src/plans/plan.schemas";
import { acceptPreview } from "../../src/plans/import/auto-unit-mapping";

/**
 * A SIGKILL during a confirmed import leaves the whole plan or none of it: the real server runs as
 * a child process on a PGlite data directory, is killed at a random moment of the confirm, and
 * restarted; the plan must then be complete (every task, assignment and milestone) or absent, and
 * so must the units the import created.
 */
const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BIN = join(ROOT, "bin/xiaokang");
const SEED_003 = readFileSync(new URL("../fixtures/plans/seeds/003_d966c64b69590850.txt", import.meta.url));
const REGION = "500106";
const USERNAME = "crash-office";
const INITIAL_PASSWORD = "Crash-Initial-2024!";
const PASSWORD = "Crash-Changed-2024!";
const KILLS = 5;

let dataDir = "";
let port = 0;
let server: ChildProcess | null = null;
let cookie = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const base = () => `http://127.0.0.1:${port}`;

/** Starts `xiaokang serve` and waits until /api/health answers; fails if the process exits first. */
async function startServer(): Promise<void> {
  const child = spawn(process.execPath, [BIN, "serve", "--data", dataDir, "--port", String(port), "--host", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, DATABASE_URL: "", XIAOKANG_LOG: "false" },
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let exited: number | null | undefined;
  child.once("exit", (code) => (exited = code));
  server = child;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`server exited (${exited}) during start:\n${output}`);
    try {
      const response = await fetch(`${base()}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server did not start within 60 s:\n${output}`);
}

async function killServer(): Promise<void> {
  const child = server;
  server = null;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGKILL");
  await exited;
}

async function api<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base()}${path}`, { ...init, headers: { cookie, ...(init.headers ?? {}) } });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

async function login(password: string): Promise<void> {
  const response = await fetch(`${base()}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username: USERNAME, password }),
  });
  expect(response.status).toBe(200);
  cookie = String(response.headers.get("set-cookie")).split(";")[0];
}

function uploadForm(fields: Record<string, string>, bytes: Uint8Array, name: string): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append("file", new Blob([new Uint8Array(bytes)]), name);
  return form;
}

async function previewOf(bytes: Uint8Array, name: string): Promise<PlanImportPreviewDto> {
  const response = await api<PlanImportPreviewDto>("/api/plans/import/preview", { method: "POST", body: uploadForm({ regionCode: REGION }, bytes, name) });
  expect(response.status).toBe(200);
  return response.body;
}

/** Accepts the preview; with `unitSuffix`, every unit is created anew under a suffixed name, so units are part of what a kill may cut. */
function confirmRequest(preview: PlanImportPreviewDto, bytes: Uint8Array, name: string, unitSuffix?: string): Promise<Response> {
  const payload = acceptPreview(preview);
  if (unitSuffix) {
    payload.unitMapping = Object.fromEntries(
      preview.units.map((unit) => [unit.nameAsWritten, { create: { name: `${unit.nameAsWritten}${unitSuffix}`, kind: unit.suggestedKind } }]),
    );
  }
  const form = uploadForm({ payload: JSON.stringify(payload) }, bytes, name);
  return fetch(`${base()}/api/plans/import/confirm`, { method: "POST", body: form, headers: { cookie } });
}

async function unitCount(): Promise<number> {
  const response = await api<{ items: unknown[] }>(`/api/units?regionCode=${REGION}`);
  return response.body.items.length;
}

/** Each attempt imports a different file (the seed plus trailing blank lines), so none is a duplicate of another. */
const variant = (attempt: number) => new Uint8Array(Buffer.concat([SEED_003, Buffer.from("\n".repeat(attempt + 1))]));

describe("SIGKILL during a confirmed import", () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "xk-crash-"));
    port = await freePort();
    const add = spawnSync(
      process.execPath,
      [BIN, "user", "add", "--username", USERNAME, "--role", "office", "--region", REGION, "--password-stdin", "--data", dataDir],
      { cwd: ROOT, input: `${INITIAL_PASSWORD}\n`, encoding: "utf8", env: { ...process.env, DATABASE_URL: "" } },
    );
    expect(add.status, add.stderr).toBe(0);
    await startServer();
    await login(INITIAL_PASSWORD);
    // The account must change its initial password before anything else.
    expect((await api("/api/plans")).status).toBe(403);
    const change = await api("/api/auth/password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: INITIAL_PASSWORD, newPassword: PASSWORD }),
    });
    expect(change.status).toBe(204);
    await login(PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await killServer();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it(`leaves the whole plan or none of it, ${KILLS} times, and the server restarts cleanly each time`, async () => {
    // A first import, not killed, measures how long a confirm takes on this machine.
    const first = variant(0);
    const firstPreview = await previewOf(first, "003-first.txt");
    const expectedTasks = firstPreview.tasks.length;
    const expectedMilestones = firstPreview.tasks.reduce((sum, task) => sum + task.milestones.length, 0);
    const started = Date.now();
    // Created units as the killed attempts do, so the measured time is representative.
    const firstResponse = await confirmRequest(firstPreview, first, "003-first.txt", "·0");
    const confirmMs = Date.now() - started;
    expect(firstResponse.status).toBe(201);
    expect(expectedTasks).toBe(90);

    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= KILLS; attempt++) {
      const bytes = variant(attempt);
      const name = `003-attempt-${attempt}.txt`;
      const preview = await previewOf(bytes, name);
      const plansBefore = (await api<{ items: PlanSummaryDto[] }>("/api/plans")).body.items.length;
      const unitsBefore = await unitCount();

      // Spread the kills over 2.5 times the measured confirm: early (upload, parse), middle (inserts), late (commit) and after it.
      const delay = Math.round(((attempt - 1 + Math.random()) / KILLS) * confirmMs * 2.5);
      const pending = confirmRequest(preview, bytes, name, `·${attempt}`).then(
        (response) => `answered ${response.status}`,
        () => "connection dropped",
      );
      await new Promise((resolve) => setTimeout(resolve, delay));
      await killServer();
      const seen = await pending;

      await startServer();
      const plans = (await api<{ items: PlanSummaryDto[] }>("/api/plans")).body.items;
      const detail = await Promise.all(plans.map((plan) => api<PlanDetailDto>(`/api/plans/${plan.id}`)));
      const imported = detail.map((response) => response.body).find((plan) => plan.sourceSha256 === preview.sha256);
      const units = await unitCount();
      if (imported) {
        expect(plans.length).toBe(plansBefore + 1);
        expect(units).toBe(unitsBefore + preview.units.length);
        expect(imported.tasks.length).toBe(expectedTasks);
        expect(imported.tasks.reduce((sum, task) => sum + task.milestones.length, 0)).toBe(expectedMilestones);
        expect(imported.tasks.filter((task) => task.lead !== null).length).toBe(firstPreview.tasks.filter((task) => task.lead !== null).length);
        const file = await fetch(`${base()}/api/plans/${imported.id}/file`, { headers: { cookie } });
        expect(Buffer.compare(Buffer.from(await file.arrayBuffer()), Buffer.from(bytes))).toBe(0);
        outcomes.push(`kill at ${delay} ms (${seen}): whole plan`);
      } else {
        expect(plans.length).toBe(plansBefore);
        expect(units).toBe(unitsBefore);
        expect(seen).not.toBe("answered 201");
        outcomes.push(`kill at ${delay} ms (${seen}): no plan`);
      }
    }
    console.info(`[import-crash] confirm takes ~${confirmMs} ms; ${outcomes.join("; ")}`);
  }, 300_000);
});
