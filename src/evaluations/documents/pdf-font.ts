import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Finds the CJK font the PDF embeds. The repository ships WenQuanYi Micro Hei (Apache-2.0) in
 * assets/fonts so that a fresh clone renders Chinese without system fonts; a deployment can point
 * XIAOKANG_CJK_FONT at another font (e.g. a licensed 仿宋), and system fonts are the last resort.
 */

/** A font file and, for collections (.ttc), the PostScript name of the face to use. */
export interface CjkFont {
  path: string;
  face?: string;
}

/** Raised when no CJK font can be found; the message says what to install. */
export class MissingCjkFontError extends Error {
  constructor(tried: string[]) {
    super(
      `No CJK font found for the PDF report. Tried: ${tried.join(", ")}. ` +
        "Restore assets/fonts/wqy-microhei.ttc from the repository, install one (Debian/Ubuntu: apt-get install fonts-wqy-microhei), " +
        "or set XIAOKANG_CJK_FONT to a .ttf/.otf/.ttc file with Chinese glyphs.",
    );
    this.name = "MissingCjkFontError";
  }
}

const here = dirname(fileURLToPath(import.meta.url));

/** The shipped font: found from the source tree (src/evaluations/documents) or from the working directory. */
const SHIPPED = [resolve(here, "../../../assets/fonts/wqy-microhei.ttc"), resolve(process.cwd(), "assets/fonts/wqy-microhei.ttc")];

const SYSTEM: CjkFont[] = [
  { path: "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", face: "WenQuanYiMicroHei" },
  { path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", face: "WenQuanYiZenHei" },
  { path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", face: "NotoSerifCJKsc-Regular" },
  { path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", face: "NotoSansCJKsc-Regular" },
  { path: "C:\\Windows\\Fonts\\simfang.ttf" },
  { path: "C:\\Windows\\Fonts\\simsun.ttc", face: "SimSun" },
  { path: "/System/Library/Fonts/PingFang.ttc", face: "PingFangSC-Regular" },
];

const faceFor = (path: string): string | undefined => (/wqy-microhei\.ttc$/i.test(path) ? "WenQuanYiMicroHei" : undefined);

/** The CJK font to embed ("path" or "path.ttc#PostScriptFace"): an explicit path, XIAOKANG_CJK_FONT, the shipped font, then system fonts. */
export function resolveCjkFont(explicit?: string, env: NodeJS.ProcessEnv = process.env): CjkFont {
  const tried: string[] = [];
  const wanted = explicit ?? env.XIAOKANG_CJK_FONT;
  if (wanted) {
    // "/path/font.ttc#FaceName" picks a face of a collection.
    const [path, face] = wanted.split("#");
    if (existsSync(path)) return { path, face: face || faceFor(path) };
    // A font that was asked for by name must not be replaced silently by another one.
    throw new MissingCjkFontError([path]);
  }
  for (const path of SHIPPED) {
    tried.push(path);
    if (existsSync(path)) return { path, face: "WenQuanYiMicroHei" };
  }
  for (const font of SYSTEM) {
    tried.push(font.path);
    if (existsSync(font.path)) return font;
  }
  throw new MissingCjkFontError(tried);
}
