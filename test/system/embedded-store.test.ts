import { afterEach, describe, expect, it } from "vitest";
import { addAdminAccount, firstLogin, killServer, login, prepareCliTarget, runCli, startCliServer, tamperAuditEvent, type CliTarget, type RunningServer } from "./cli-support";

let target: CliTarget | null = null;
let server: RunningServer | null = null;
afterEach(async () => {
  if (server) await killServer(server);
  server = null;
  await target?.cleanup();
  target = null;
});

async function createUnits(baseUrl: string, cookie: string, count: number, prefix: string): Promise<number> {
  let acknowledged = 0;
  for (let i = 0; i < count; i++) {
    const response = await fetch(`${baseUrl}/api/units`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie },
      body: JSON.stringify({ regionCode: "370305", name: `${prefix}${i}`, kind: "department" }),
    });
    if (response.status === 201) acknowledged++;
  }
  return acknowledged;
}

async function unitNames(baseUrl: string, cookie: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}/api/units?regionCode=370305`, { headers: { cookie } });
  return ((await response.json()) as { items: { name: string }[] }).items.map((unit) => unit.name);
}

describe("the running system", () => {
  it("keeps every acknowledged write across a SIGKILL", async () => {
    target = await prepareCliTarget();
    addAdminAccount(target);
    server = await startCliServer(target);
    const cookie = await firstLogin(server);
    expect(await createUnits(server.baseUrl, cookie, 100, "单位")).toBe(100);
    await killServer(server, "SIGKILL");
    server = await startCliServer(target);
    const again = await login(server, "office1");
    expect(again.status).toBe(200);
    const names = await unitNames(server.baseUrl, again.cookie);
    expect(names.filter((name) => name.startsWith("单位"))).toHaveLength(100);
  }, 240_000);

  it("refuses a second process on the same PGlite data directory with a clear message", async () => {
    // Always PGlite: the lock exists because PGlite has none of its own.
    target = await prepareCliTarget({ forcePglite: true });
    server = await startCliServer(target);
    for (let attempt = 0; attempt < 3; attempt++) {
      const second = runCli(target, ["migrate"]);
      expect(second.status).not.toBe(0);
      expect(second.stderr).toContain("正被另一个进程");
    }
    await killServer(server, "SIGTERM");
    server = null;
    expect(runCli(target, ["migrate"]).status).toBe(0);
  }, 240_000);

  it("backs up and restores all data, and audit verify passes afterwards", async () => {
    target = await prepareCliTarget();
    addAdminAccount(target);
    server = await startCliServer(target);
    const cookie = await firstLogin(server);
    await createUnits(server.baseUrl, cookie, 3, "备份前");
    await killServer(server, "SIGTERM");
    const file = `${target.dataDir}-backup.json.gz`;
    const backup = runCli(target, ["backup", file]);
    expect(backup.status, backup.stderr).toBe(0);
    server = await startCliServer(target);
    await createUnits(server.baseUrl, (await login(server, "office1")).cookie, 2, "备份后");
    await killServer(server, "SIGTERM");
    const restored = runCli(target, ["restore", file]);
    expect(restored.status, restored.stderr).toBe(0);
    const verify = runCli(target, ["audit", "verify"]);
    expect(verify.status, verify.stderr).toBe(0);
    server = await startCliServer(target);
    const names = await unitNames(server.baseUrl, (await login(server, "office1")).cookie);
    expect(names.filter((n) => n.startsWith("备份前"))).toHaveLength(3);
    expect(names.filter((n) => n.startsWith("备份后"))).toHaveLength(0);
  }, 240_000);

  it("audit verify exits non-zero and names the first altered event", async () => {
    target = await prepareCliTarget();
    addAdminAccount(target);
    server = await startCliServer(target);
    const cookie = await firstLogin(server);
    await createUnits(server.baseUrl, cookie, 3, "审计");
    await killServer(server, "SIGTERM");
    expect(runCli(target, ["audit", "verify"]).status).toBe(0);
    await tamperAuditEvent(target, 4);
    const verify = runCli(target, ["audit", "verify"]);
    expect(verify.status).toBe(2);
    expect(verify.stderr).toContain("第 4 条");
  }, 240_000);
});
