/**
 * Spreadsheet formula injection (OWASP CSV injection): a text cell that starts with = + - @ tab,
 * CR or LF may be run as a formula by Excel or WPS, so it gets a leading apostrophe.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);

/** The text with a leading ' when it could be read as a formula. */
export function neutraliseCellText(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]) ? `'${text}` : text;
}
