const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Value of a Chinese numeral up to 999 ("十二", "二十一", "一百零五"), or null. */
export function chineseNumberValue(text: string): number | null {
  if (!/^[〇零一二两三四五六七八九十百]+$/.test(text)) return null;
  let total = 0;
  let current = 0;
  for (const ch of text) {
    if (ch === "百") {
      total += (current || 1) * 100;
      current = 0;
    } else if (ch === "十") {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGITS[ch];
    }
  }
  return total + current;
}

/** Digit-by-digit year written in Chinese ("二〇一七") as a number, or null. */
export function chineseYearValue(text: string): number | null {
  if (!/^[〇零一二三四五六七八九]{4}$/.test(text)) return null;
  return Number([...text].map((ch) => DIGITS[ch]).join(""));
}

/** Full-width digits and letters to ASCII, so that patterns need only one spelling. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
