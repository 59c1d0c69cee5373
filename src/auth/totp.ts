import { Secret, TOTP } from "otpauth";
import type { Role } from "../shared/roles";

const PERIOD_SECONDS = 30;
const ISSUER = "Xiaokang 小康";

/**
 * Roles that need a second factor (security.md §1.1d): the three administrators and whoever can
 * read registry identities.
 */
export const SECOND_FACTOR_ROLES: readonly Role[] = ["system-admin", "security-admin", "audit-admin", "registry-clerk"];

export function needsSecondFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}

function totp(secretBase32: string, label: string): TOTP {
  return new TOTP({ issuer: ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });
}

/** A new 160-bit secret (RFC 4226's recommended length) and the otpauth:// URI an authenticator app scans. */
export function newTotpSecret(username: string): { secret: string; uri: string } {
  const secret = new Secret({ size: 20 }).base32;
  return { secret, uri: totp(secret, username).toString() };
}

/**
 * The time step a code belongs to (now ± one step, for clock drift), or null when it matches none.
 * The caller refuses steps at or before the last accepted one, so a code works once.
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date): number | null {
  const delta = totp(secretBase32, "").validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The code of a time step (the tests use it; users read theirs from an app). */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32, "").generate({ timestamp: at.getTime() });
}
