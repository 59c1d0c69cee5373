import { inflateSync } from "node:zlib";

/**
 * Reads the text back from the PDFs `pdf-report.ts` writes (pdfkit, one embedded font with a ToUnicode
 * map), compressed or not. For tests: it knows pdfkit's output, not PDF in general.
 */

/**
 * The streams of a PDF, inflated where they are FlateDecode. The data is cut by the dictionary's /Length:
 * compressed bytes may end in a carriage return, which a search for the line break before `endstream` would eat.
 */
function streams(pdf: Buffer): string[] {
  const raw = pdf.toString("latin1");
  const found: string[] = [];
  for (const match of raw.matchAll(/\d+ 0 obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(match[1]);
    const data = length ? raw.slice(start, start + Number(length[1])) : raw.slice(start, raw.indexOf("endstream", start)).replace(/\r?\n$/, "");
    found.push(match[1].includes("/FlateDecode") ? inflateSync(Buffer.from(data, "latin1")).toString("latin1") : data);
  }
  return found;
}

const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** Glyph code → text, from every ToUnicode map (bfrange with arrays or a start value, and bfchar). */
function toUnicode(cmaps: readonly string[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const cmap of cmaps) {
    for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, lo, hi, rest] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const start = parseInt(lo, 16);
        const end = parseInt(hi, 16);
        if (rest.startsWith("[")) {
          [...rest.matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, dst], i) => map.set(start + i, utf16(dst)));
        } else {
          const first = parseInt(rest.slice(1, -1), 16);
          for (let code = start; code <= end; code += 1) map.set(code, String.fromCharCode(first + code - start));
        }
      }
    }
    for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, src, dst] of body.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(src, 16), utf16(dst));
    }
  }
  return map;
}

/** Every character the ToUnicode maps can give back. */
export function charactersOfToUnicode(pdf: Buffer): Set<string> {
  return new Set(toUnicode(streams(pdf).filter((s) => s.includes("begincmap"))).values());
}

/** The text shown on the pages in content order (two-byte glyph codes in the hex strings of BT…ET blocks). */
export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const map = toUnicode(all.filter((s) => s.includes("begincmap")));
  let text = "";
  for (const content of all.filter((s) => !s.includes("begincmap"))) {
    for (const [, block] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      for (const [, hex] of block.matchAll(/<([0-9a-fA-F]+)>/g)) {
        for (const code of hex.match(/.{4}/g) ?? []) text += map.get(parseInt(code, 16)) ?? "";
      }
      text += "\n";
    }
  }
  return text;
}
