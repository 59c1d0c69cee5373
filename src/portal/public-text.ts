import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client";
import { users } from "../db/schema/index";

/**
 * A last line of defence for free text that reaches the public (progress narratives, evaluators'
 * comments): digit runs shaped like a resident ID number (15 or 18 characters) or a mobile number
 * are masked, and so are the names of the system's own users (a liaison's name typed into a
 * narrative). The allow-list keeps personal fields out; this catches personal data typed into prose.
 */
const ID_LIKE = /\d{17}[\dXx]|\d{15}/g;
const MOBILE_LIKE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;
const LONG_DIGITS = /\d{6}(?:19|20)\d{2}\d*/g;

export type PublicText = (text: string) => string;

export function maskDigits(text: string): string {
  return text
    .replace(ID_LIKE, (m) => "*".repeat(m.length))
    .replace(MOBILE_LIKE, (m) => `${m.slice(0, 3)}********`)
    .replace(LONG_DIGITS, (m) => "*".repeat(m.length));
}

/** A masker for the given person names (longest first, so 欧阳明 is masked before 欧阳). */
export function publicTextMasker(names: readonly string[]): PublicText {
  const list = [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= 2))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = maskDigits(text);
    for (const name of list) if (out.includes(name)) out = out.split(name).join("*".repeat([...name].length));
    return out;
  };
}

/** The masker for one public request: the display names of every account (people, not organisations). */
export async function loadPublicText(db: DbOrTx): Promise<PublicText> {
  const rows = await db.select({ name: users.displayName }).from(users).where(sql`char_length(${users.displayName}) >= 2`);
  return publicTextMasker(rows.map((r) => r.name));
}
