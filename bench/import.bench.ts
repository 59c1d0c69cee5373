/**
 * Parse time of the five seeds (median of 25 runs after warm-up) beside a
 * baseline that only decodes the same bytes and splits them into lines.
 * Run: npx tsx bench/import.bench.ts
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parsePlanDocument } from "../src/plans/extraction/index";

const SEEDS = join(import.meta.dirname, "../test/fixtures/plans/seeds");
const NAMES = ["000_3968c860e068e577", "001_293d26da189e8b36", "002_b59b65f054af1b83", "003_d966c64b69590850", "004_4c59c97df8a0ccea"];
const RUNS = 25;
const WARMUP = 5;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(run: () => Promise<unknown> | unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return median(samples);
}

const rows: { document: string; format: string; kb: string; baseline: number; parse: number }[] = [];
for (const format of ["txt", "docx", "xlsx"]) {
  for (const name of NAMES) {
    const path = format === "txt" ? join(SEEDS, `${name}.txt`) : join(SEEDS, format, `${name}.${format}`);
    const bytes = new Uint8Array(readFileSync(path));
    const baseline = await time(() => new TextDecoder().decode(bytes).split("\n").map((l) => l.split("\t")));
    const parse = await time(() => parsePlanDocument(bytes, `${name}.${format}`));
    rows.push({ document: name, format, kb: (bytes.length / 1024).toFixed(1), baseline, parse });
  }
}

const ms = (n: number): string => n.toFixed(2).padStart(8);
console.log(`median of ${RUNS} runs after ${WARMUP} warm-up runs, milliseconds`);
console.log(`${"document".padEnd(24)}${"format".padEnd(7)}${"KB".padStart(7)}${"read+split".padStart(12)}${"parse".padStart(9)}`);
for (const r of rows) console.log(`${r.document.padEnd(24)}${r.format.padEnd(7)}${r.kb.padStart(7)}${ms(r.baseline).padStart(12)}${ms(r.parse).padStart(9)}`);
for (const format of ["txt", "docx", "xlsx"]) {
  const of = rows.filter((r) => r.format === format);
  const total = of.reduce((s, r) => s + r.parse, 0);
  const base = of.reduce((s, r) => s + r.baseline, 0);
  console.log(`${"total (5 seeds)".padEnd(24)}${format.padEnd(7)}${"".padStart(7)}${ms(base).padStart(12)}${ms(total).padStart(9)}  ${total < 50 ? "< 50 ms goal met" : "over the 50 ms goal"}`);
}
