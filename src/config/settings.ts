import { DAY, HOUR, MINUTE } from "./clock";

/** Security figures we commit to (spec/security.md §1.1). Kept in one place so tests read the same numbers. */
export const AUTH_SETTINGS = {
  lockoutFailures: 5,
  lockoutWindowMs: 15 * MINUTE,
  lockoutDurationMs: 15 * MINUTE,
  ipFailuresPerWindow: 30,
  ipWindowMs: 15 * MINUTE,
  idleTimeoutMs: 30 * MINUTE,
  adminIdleTimeoutMs: 15 * MINUTE,
  absoluteTimeoutMs: 12 * HOUR,
  sessionTouchIntervalMs: MINUTE,
  passwordMinLength: 12,
  passwordMaxLength: 128,
  /** A password older than this must be changed at the next login. */
  passwordMaxAgeMs: 90 * DAY,
  /** The new password may equal none of the last this-many passwords (the current one included). */
  passwordHistory: 5,
  /** An account unused for this long is disabled at its next login attempt; an administrator re-enables it. */
  inactivityDisableMs: 90 * DAY,
} as const;

export const BODY_LIMIT_BYTES = 1024 * 1024;
export const SESSION_COOKIE = "xk_session";
