import { AUTH_SETTINGS } from "../config/settings";
import { COMMON_PASSWORDS } from "./common-passwords";

export interface PasswordVerdict {
  ok: boolean;
  reason?: string;
  reasonEn?: string;
}

/**
 * MLPS level-3 password rules (spec/security.md §1.1a): at least 12 characters, 3 of 4 character
 * classes, not containing the username, not a well-known password. We follow MLPS over ASVS 2.1.9.
 */
export function checkPasswordPolicy(password: string, username: string): PasswordVerdict {
  if (password.length < AUTH_SETTINGS.passwordMinLength) {
    return { ok: false, reason: "至少 12 个字符", reasonEn: "at least 12 characters" };
  }
  if (password.length > AUTH_SETTINGS.passwordMaxLength) {
    return { ok: false, reason: "不能超过 128 个字符", reasonEn: "at most 128 characters" };
  }
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) {
    return {
      ok: false,
      reason: "需包含大写字母、小写字母、数字、符号中的至少三类",
      reasonEn: "use at least 3 of: upper case, lower case, digits, symbols",
    };
  }
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) {
    return { ok: false, reason: "不能包含用户名", reasonEn: "must not contain the username" };
  }
  if (COMMON_PASSWORDS.has(password.toLowerCase())) {
    return { ok: false, reason: "过于常见，容易被猜中", reasonEn: "too common" };
  }
  return { ok: true };
}
