import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * The team's shared material (gold extractions, seeds) sits beside the repository as ../shared.
 * A user's clone has none: tests that need it say so once and skip; in CI its absence is a failure.
 */
export const SHARED_DIR = fileURLToPath(new URL("../../../shared", import.meta.url));
export const GOLD_DIR = process.env.XIAOKANG_GOLD_DIR ?? `${SHARED_DIR}/fixtures/gold`;
export const hasGold = existsSync(GOLD_DIR);

if (!hasGold) {
  if (process.env.CI === "true") throw new Error(`CI needs the shared gold fixtures at ${GOLD_DIR}`);
  console.warn(`[tests] ${GOLD_DIR} not found: comparisons with the gold extractions are skipped`);
}
