import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { charactersOfToUnicode } from "./pdf-text";

/** A one-object PDF whose ToUnicode map is deflated into bytes that end in a carriage return (as pdfkit lays it out). */
function pdfWithStreamEndingInCR(): Buffer {
  for (let pad = 0; pad < 10_000; pad += 1) {
    const cmap = `/CIDInit begincmap 1 beginbfchar <0001> <4E2D> endbfchar endcmap %${"x".repeat(pad)}`;
    const data = deflateSync(Buffer.from(cmap, "latin1"));
    if (data.at(-1) !== 0x0d) continue;
    const head = Buffer.from(`%PDF-1.3\n1 0 obj\n<<\n/Length ${data.length}\n/Filter /FlateDecode\n>>\nstream\n`, "latin1");
    return Buffer.concat([head, data, Buffer.from("\nendstream\nendobj\n%%EOF\n", "latin1")]);
  }
  throw new Error("no padding gives a final carriage return");
}

describe("pdf-text", () => {
  it("reads a compressed stream whose last byte is a carriage return", () => {
    expect(charactersOfToUnicode(pdfWithStreamEndingInCR())).toEqual(new Set(["中"]));
  });
});
