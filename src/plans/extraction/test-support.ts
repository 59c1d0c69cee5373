import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The folder of the parser's own fixture documents. */
export const FIXTURES = join(import.meta.dirname, "../../../test/fixtures/plans");

/** The five seed names, shared by the seed, fuzz and bench code. */
export const SEED_NAMES = ["000_3968c860e068e577", "001_293d26da189e8b36", "002_b59b65f054af1b83", "003_d966c64b69590850", "004_4c59c97df8a0ccea"];

/** Bytes of a fixture file. */
export function fixture(...path: string[]): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, ...path)));
}
