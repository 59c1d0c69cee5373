import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { GONGWEN_FONTS, LATIN_FONT, PAGE_NUMBER_FONT, type GongwenFont } from "./gongwen-style";

/**
 * The docx package writes no font table entries for fonts it does not embed, so Word and
 * LibreOffice would know nothing about the 公文 fonts beyond their names. This rewrites
 * word/fontTable.xml with one w:font per 公文 font carrying w:altName (the next name to try),
 * w:charset 86 (GB2312), family, pitch and PANOSE: what Word uses to substitute a missing font.
 */

const escapeXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function fontEntry(font: Pick<GongwenFont, "name" | "altName" | "panose" | "family" | "pitch">, charset: string): string {
  return [
    `<w:font w:name="${escapeXml(font.name)}">`,
    `<w:altName w:val="${escapeXml(font.altName)}"/>`,
    font.panose ? `<w:panose1 w:val="${font.panose}"/>` : "",
    `<w:charset w:val="${charset}"/>`,
    `<w:family w:val="${font.family}"/>`,
    `<w:pitch w:val="${font.pitch}"/>`,
    `</w:font>`,
  ].join("");
}

/** The w:font entries of the 公文 fonts, plus the Latin and page-number fonts. */
export function gongwenFontEntries(): string {
  const cjk = Object.values(GONGWEN_FONTS).map((f) => fontEntry(f, "86"));
  const songti = fontEntry({ name: PAGE_NUMBER_FONT, altName: "SimSun", panose: "02010600030101010101", family: "auto", pitch: "variable" }, "86");
  const latin = fontEntry({ name: LATIN_FONT, altName: "Liberation Serif", panose: "02020603050405020304", family: "roman", pitch: "variable" }, "00");
  return [...cjk, songti, latin].join("");
}

/** Rewrites word/fontTable.xml of a generated .docx so that it lists the 公文 fonts with their fallbacks. */
export function withGongwenFontTable(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const path = "word/fontTable.xml";
  const xml = files[path] ? strFromU8(files[path]) : null;
  if (xml === null) throw new Error("generated .docx has no word/fontTable.xml");
  const entries = gongwenFontEntries();
  const rewritten = /<w:fonts\b[^>]*\/>/.test(xml)
    ? xml.replace(/<w:fonts\b([^>]*)\/>/, `<w:fonts$1>${entries}</w:fonts>`)
    : xml.replace("</w:fonts>", `${entries}</w:fonts>`);
  files[path] = strToU8(rewritten);
  return zipSync(files, { level: 6 });
}
