import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { AppError } from "../errors/app-error";

export interface DataDirLock {
  path: string;
  release(): void;
}

/** The lock sits beside the data directory, not inside it, so copying the directory never copies a lock. */
export function lockPathFor(dataDir: string): string {
  const full = resolve(dataDir);
  return join(dirname(full), `.${basename(full)}.lock`);
}

/**
 * PGlite has no lock of its own and two processes on one directory corrupt it,
 * so a second process must refuse to start. A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  const path = lockPathFor(dataDir);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          try {
            unlinkSync(path);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder !== null && holder !== process.pid && isAlive(holder)) {
        throw new AppError("DATA_DIR_LOCKED", { dataDir: resolve(dataDir), pid: holder });
      }
      unlinkSync(path);
    }
  }
  throw new AppError("DATA_DIR_LOCKED", { dataDir: resolve(dataDir), pid: null });
}

function readHolder(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
