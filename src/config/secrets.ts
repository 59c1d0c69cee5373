import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The key that signs the audit chain lives outside the database: from XIAOKANG_SECRET_KEY (hex),
 * or a file created once beside the data directory. Whoever can edit the database alone cannot
 * recompute the chain.
 */
export function loadSecretKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const fromEnv = env.XIAOKANG_SECRET_KEY;
  if (fromEnv) {
    if (!/^[0-9a-fA-F]{64,}$/.test(fromEnv)) throw new Error("XIAOKANG_SECRET_KEY must be at least 64 hex characters");
    return Buffer.from(fromEnv, "hex");
  }
  const path = secretKeyPath(dataDir);
  if (existsSync(path)) return Buffer.from(readFileSync(path, "utf8").trim(), "hex");
  mkdirSync(dirname(path), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString("hex"), { mode: 0o600 });
  chmodSync(path, 0o600);
  return key;
}

export function secretKeyPath(dataDir: string): string {
  const full = resolve(dataDir);
  return join(dirname(full), `.${full.split("/").pop() ?? "data"}.secret`);
}
