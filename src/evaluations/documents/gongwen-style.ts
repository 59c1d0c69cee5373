/**
 * 公文 layout of GB/T 9704-2012 (党政机关公文格式): page, margins, fonts and sizes, shared by
 * the .docx and the .pdf so that both measure the page the same way.
 */

/** Millimetres to twentieths of a point (Word's unit): 1 mm = 1440 / 25.4 twips. */
export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** Millimetres to PDF points. */
export const mmToPoints = (mm: number): number => (mm * 72) / 25.4;

/** A4 and the 公文 margins in millimetres (top 37, bottom 35, left 28, right 26). */
export const PAGE_MM = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 } as const;

/**
 * The margins in twips as Word's 公文 templates store them (Word rounds 2.8 cm up to 1588), which is
 * what people compare against: top 2098, bottom 1984, left 1588, right 1474; A4 is 11906 × 16838.
 */
export const PAGE_TWIPS = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 } as const;

/** Chinese font sizes in points: 二号 22, 三号 16, 四号 14, 小四 12. */
export const SIZE_PT = { erhao: 22, sanhao: 16, sihao: 14, xiaosi: 12 } as const;

/** Body line pitch in twips: 22 lines on the 225 mm type area (GB/T 9704), as Word's 公文 templates set it. */
export const LINE_PITCH_TWIPS = 579;

/** A role of text and the 公文 font it uses, with the fonts to try when that one is not installed. */
export interface GongwenFont {
  /** The font the standard names; written as the East Asian font of the text. */
  name: string;
  /** w:altName in the font table: the name Word tries next (usually the font Windows ships). */
  altName: string;
  /** PANOSE of the family, so Word can pick a look-alike when neither name exists; null when not published. */
  panose: string | null;
  /** Word's family class and pitch of the font. */
  family: "roman" | "modern" | "swiss" | "script" | "auto";
  pitch: "fixed" | "variable";
  /** The whole fallback chain, best first, written into the document's custom properties. */
  fallbacks: string[];
}

/** The four 公文 fonts: title, body, level-one heading and level-two heading. */
export const GONGWEN_FONTS = {
  title: {
    name: "方正小标宋简体",
    altName: "华文中宋",
    panose: null,
    family: "auto",
    pitch: "variable",
    fallbacks: ["方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC", "WenQuanYi Micro Hei"],
  },
  body: {
    name: "仿宋_GB2312",
    altName: "仿宋",
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
    fallbacks: ["仿宋_GB2312", "仿宋", "FangSong", "华文仿宋", "STFangsong", "宋体", "SimSun", "WenQuanYi Micro Hei"],
  },
  heading1: {
    name: "黑体",
    altName: "SimHei",
    panose: "02010609060101010101",
    family: "modern",
    pitch: "fixed",
    fallbacks: ["黑体", "SimHei", "华文黑体", "STHeiti", "Noto Sans CJK SC", "WenQuanYi Micro Hei"],
  },
  heading2: {
    name: "楷体_GB2312",
    altName: "楷体",
    panose: "02010609030101010101",
    family: "modern",
    pitch: "fixed",
    fallbacks: ["楷体_GB2312", "楷体", "KaiTi", "华文楷体", "STKaiti", "宋体", "SimSun", "WenQuanYi Micro Hei"],
  },
} as const satisfies Record<string, GongwenFont>;

/** Latin letters and digits in 公文 bodies are set in Times New Roman. */
export const LATIN_FONT = "Times New Roman";

/** Page numbers: 4号半角宋体阿拉伯数字 with a dash either side, bottom centre. */
export const PAGE_NUMBER_FONT = "宋体";
