/**
 * Spreadsheet formula injection (OWASP CSV injection; ASVS 5.0 1.2.10): a text cell that starts
 * with = + - @ tab, CR or LF could be read as a formula by Excel or WPS, so it gets a leading '.
 */
const TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r", "\n"]);

export function neutraliseCell(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]) ? `'${text}` : text;
}
