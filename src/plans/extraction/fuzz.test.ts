import { describe, expect, it } from "vitest";
import { PlanParseError, parsePlanDocument } from "./index";
import { SEED_NAMES, fixture } from "./test-support";

/** mulberry32: a small seeded PRNG so that every failure can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = (random: Random, n: number): number => Math.floor(random() * n);

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** One random mutation of a text document: bytes, lines, cells or length. */
function mutateText(bytes: Uint8Array, random: Random): Uint8Array {
  const kind = pick(random, 6);
  if (kind === 0) {
    const out = bytes.slice();
    for (let k = 0, n = 1 + pick(random, 20); k < n; k++) out[pick(random, out.length)] = pick(random, 256);
    return out;
  }
  if (kind === 1) return bytes.subarray(0, pick(random, bytes.length));
  const lines = decoder.decode(bytes).split("\n");
  if (kind === 2) {
    for (let k = 0, n = 1 + pick(random, 30); k < n && lines.length > 1; k++) lines.splice(pick(random, lines.length), 1);
  } else if (kind === 3) {
    for (let k = 0, n = 1 + pick(random, 30); k < n; k++) {
      const i = pick(random, lines.length);
      lines.splice(pick(random, lines.length), 0, lines[i]);
    }
  } else if (kind === 4) {
    // shuffle cell lines within a window: cells change places and rows lose their shape
    const start = pick(random, lines.length);
    const window = lines.slice(start, start + 12);
    for (let i = window.length - 1; i > 0; i--) {
      const j = pick(random, i + 1);
      [window[i], window[j]] = [window[j], window[i]];
    }
    lines.splice(start, window.length, ...window);
  } else {
    const junk = ["\t", "\t\t\t", "|||", "| 序号 | 任务 | 责任单位 |", "\t序号\n\t工作任务\n\t责任单位", "（", "〔2017〕号", "1-13月", "99月底前", "\u0000", "[bookmark: x"];
    for (let k = 0, n = 1 + pick(random, 10); k < n; k++) lines.splice(pick(random, lines.length), 0, junk[pick(random, junk.length)]);
  }
  return encoder.encode(lines.join("\n"));
}

function mutateBinary(bytes: Uint8Array, random: Random): Uint8Array {
  if (random() < 0.3) return bytes.subarray(0, pick(random, bytes.length));
  const out = bytes.slice();
  for (let k = 0, n = 1 + pick(random, 8); k < n; k++) out[pick(random, out.length)] = pick(random, 256);
  return out;
}

async function parseWithin(bytes: Uint8Array, name: string, label: string): Promise<void> {
  const started = performance.now();
  try {
    await parsePlanDocument(bytes, name);
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw new Error(`${label}: untyped error ${String(error)}`, { cause: error });
  }
  const elapsed = performance.now() - started;
  if (elapsed > 1000) throw new Error(`${label}: took ${elapsed.toFixed(0)} ms`);
}

describe("fuzz: mutated seeds never crash or hang", () => {
  it("text documents (3,000 cases)", async () => {
    const random = prng(20240601);
    const seeds = SEED_NAMES.map((name) => fixture("seeds", `${name}.txt`));
    for (let n = 0; n < 3000; n++) {
      const s = n % seeds.length;
      await parseWithin(mutateText(seeds[s], random), "fuzz.txt", `text case ${n} (seed ${SEED_NAMES[s]})`);
    }
  }, 60_000);

  it("docx and xlsx documents (400 cases)", async () => {
    const random = prng(7);
    const files = SEED_NAMES.flatMap((name) => [fixture("seeds", "docx", `${name}.docx`), fixture("seeds", "xlsx", `${name}.xlsx`)]);
    for (let n = 0; n < 400; n++) {
      const f = n % files.length;
      await parseWithin(mutateBinary(files[f], random), f % 2 ? "fuzz.xlsx" : "fuzz.docx", `binary case ${n} (file ${f})`);
    }
  }, 60_000);

  it("reports failures as typed errors only", () => {
    expect(new PlanParseError("FILE_CORRUPT", "坏", "bad").code).toBe("FILE_CORRUPT");
  });
});
