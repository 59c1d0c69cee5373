import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { withDatabase } from "../support/database";
import { openDatabase } from "../../src/db/client";
import { totpCode } from "../../src/auth/totp";

export const CLI = fileURLToPath(new URL("../../bin/xiaokang", import.meta.url));

export interface CliTarget {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  kind: "pglite" | "postgresql";
  cleanup(): Promise<void>;
}

/** A throw-away target for the real CLI: a PGlite directory, or a fresh PostgreSQL database when DATABASE_URL is set. */
export async function prepareCliTarget(options: { forcePglite?: boolean } = {}): Promise<CliTarget> {
  const dir = mkdtempSync(join(tmpdir(), "xk-cli-"));
  const dataDir = join(dir, "data");
  const env: NodeJS.ProcessEnv = { ...process.env, XIAOKANG_DATA: dataDir, XIAOKANG_SECRET_KEY: randomBytes(32).toString("hex") };
  const serverUrl = options.forcePglite ? undefined : process.env.DATABASE_URL;
  let database: string | null = null;
  if (serverUrl) {
    database = `xk_cli_${randomBytes(4).toString("hex")}`;
    await adminQuery(serverUrl, `CREATE DATABASE ${database}`);
    env.DATABASE_URL = withDatabase(serverUrl, database);
  } else {
    delete env.DATABASE_URL;
  }
  return {
    env,
    dataDir,
    kind: serverUrl ? "postgresql" : "pglite",
    async cleanup() {
      if (serverUrl && database) await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function runCli(target: CliTarget, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: target.env, input, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  output(): string;
}

/** Starts `xiaokang serve` and waits until /api/health answers. */
export async function startCliServer(target: CliTarget, extraArgs: string[] = []): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [CLI, "serve", "--port", String(port), "--host", "127.0.0.1", ...extraArgs], { env: target.env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early: ${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return { child, baseUrl, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`server did not start: ${output}`);
}

export async function killServer(server: RunningServer, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    server.child.once("exit", () => resolve());
    server.child.kill(signal);
  });
}

const INITIAL_PASSWORD = "Initial-Passw0rd-1";
export const CHANGED_PASSWORD = "Changed-Passw0rd-2";

/** Creates an administrator through the CLI; with PGlite this must happen while no server holds the store. */
export function addAdminAccount(target: CliTarget, username = "office1"): void {
  const created = runCli(target, ["user", "add", "--username", username, "--role", "system-admin", "--password-stdin"], INITIAL_PASSWORD);
  if (created.status !== 0) throw new Error(created.stderr);
}

/** Authenticator secrets of the accounts these tests enrolled, and the time steps already used (a code works once). */
const totpSecrets = new Map<string, string>();
const usedSteps = new Map<string, number>();

async function freshCode(username: string, secret: string): Promise<string> {
  for (;;) {
    const base = Math.floor(Date.now() / 30_000);
    const step = [base - 1, base, base + 1].find((candidate) => candidate > (usedSteps.get(username) ?? -1));
    if (step !== undefined) {
      usedSteps.set(username, step);
      return totpCode(secret, new Date(step * 30_000));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/** POST /api/auth/login as a person with an authenticator app: enrols it when asked, then types its code. */
async function postLogin(server: RunningServer, username: string, password: string): Promise<Response> {
  const post = (otp?: string) =>
    fetch(`${server.baseUrl}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ username, password, ...(otp ? { otp } : {}) }) });
  const first = await post();
  if (first.status !== 401) return first;
  const body = (await first.clone().json()) as { code: string; details?: { secret: string } };
  if (body.code === "MFA_ENROLL_REQUIRED" && body.details) {
    totpSecrets.set(username, body.details.secret);
    usedSteps.delete(username);
  } else if (body.code !== "MFA_REQUIRED" || !totpSecrets.has(username)) {
    return first;
  }
  const secret = totpSecrets.get(username)!;
  return post(await freshCode(username, secret));
}

/** Logs in through HTTP, changing the initial password as every new account must. */
export async function firstLogin(server: RunningServer, username = "office1"): Promise<string> {
  const initial = INITIAL_PASSWORD;
  const login = await postLogin(server, username, initial);
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  const change = await fetch(`${server.baseUrl}/api/auth/password`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ currentPassword: initial, newPassword: CHANGED_PASSWORD }),
  });
  if (change.status !== 204) throw new Error(`password change failed: ${change.status}`);
  return cookie;
}

/** Alters one audit row as someone with direct database access would (the server must be stopped for PGlite). */
export async function tamperAuditEvent(target: CliTarget, seq: number): Promise<void> {
  const handle = await openDatabase(target.env.DATABASE_URL ? { databaseUrl: target.env.DATABASE_URL, poolSize: 1 } : { dataDir: target.dataDir });
  try {
    await handle.exec(
      `ALTER TABLE audit_events DISABLE TRIGGER USER; UPDATE audit_events SET action = 'forged' WHERE seq = ${Number(seq)}; ALTER TABLE audit_events ENABLE TRIGGER USER;`,
    );
  } finally {
    await handle.close();
  }
}

export async function login(server: RunningServer, username: string, password = CHANGED_PASSWORD): Promise<{ status: number; cookie: string }> {
  const response = await postLogin(server, username, password);
  return { status: response.status, cookie: (response.headers.get("set-cookie") ?? "").split(";")[0] };
}
