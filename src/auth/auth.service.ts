import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { FastifyRequest } from "fastify";
import { AUTH_SETTINGS } from "../config/settings";
import { users } from "../db/schema/index";
import { AppError } from "../errors/app-error";
import { audit, writeTransaction } from "../server/audit-request";
import { burnPasswordCheck, hashPassword, verifyPassword } from "./password-hash";
import { checkPasswordPolicy } from "./password-policy";
import type { Role } from "../shared/roles";
import { recentPasswordHashes, retirePassword } from "./password-history";
import { open, seal } from "./secret-box";
import { matchTotpStep, needsSecondFactor, newTotpSecret } from "./totp";
import { deleteOtherSessions, deleteSession, insertSession } from "./session.repository";
import { newSessionToken } from "./session-token";
import { findUserById, findUserByUsername, type UserRow } from "./user-lookup";

const TOTP_PURPOSE = "totp-secret";

export interface LoginResult {
  user: UserRow;
  token: string;
}

/**
 * Checks a login against the per-IP limit and the account's lockout (5 failures in 15 minutes lock it
 * for 15 minutes), and opens a new server-side session on success. An account unused for 90 days is
 * disabled instead, and a password older than 90 days must be changed first. Every attempt is audited.
 */
export async function login(request: FastifyRequest, username: string, password: string, otp?: string): Promise<LoginResult> {
  const { db, clock, throttle } = request.server.ctx;
  const now = clock.now();
  const recordAttempt = (outcome: "success" | "failure" | "denied", user: UserRow | null, reason: string) =>
    db.transaction((tx) =>
      audit(tx, request, {
        action: "auth.login",
        objectType: "user",
        objectId: user?.id ?? null,
        outcome,
        regionCode: user?.regionCode ?? null,
        detail: { username: username.slice(0, 80), reason },
      }),
    );

  if (throttle.isBlocked(request.ip)) {
    await recordAttempt("denied", null, "ip-rate-limited");
    throw new AppError("RATE_LIMITED");
  }
  const user = await findUserByUsername(db, username);
  if (!user || !user.active) {
    await burnPasswordCheck(password);
    throttle.recordFailure(request.ip);
    await recordAttempt("failure", user, user ? "inactive" : "unknown-user");
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await recordAttempt("denied", user, "locked");
    throw new AppError("ACCOUNT_LOCKED", { until: formatTime(user.lockedUntil) });
  }
  if (!(await verifyPassword(password, user.passwordHash))) {
    throttle.recordFailure(request.ip);
    await registerFailure(request, user, now);
    throw new AppError("INVALID_CREDENTIALS");
  }

  if (now.getTime() - lastActivity(user).getTime() > AUTH_SETTINGS.inactivityDisableMs) {
    await disableInactive(request, user);
    throw new AppError("ACCOUNT_DISABLED_INACTIVE");
  }
  if (needsSecondFactor(user.roles as Role[])) await checkSecondFactor(request, user, otp, now);
  // A password past its maximum age opens only the password-change page (like a first login).
  const expired = !user.mustChangePassword && now.getTime() - user.passwordChangedAt.getTime() > AUTH_SETTINGS.passwordMaxAgeMs;

  const { token, tokenHash } = newSessionToken();
  await writeTransaction(request, async (tx, record) => {
    await tx
      .update(users)
      .set({ failedCount: 0, firstFailedAt: null, lockedUntil: null, lastLoginAt: now, ...(expired ? { mustChangePassword: true } : {}) })
      .where(eq(users.id, user.id));
    await insertSession(tx, { tokenHash, userId: user.id, now, sourceIp: request.ip });
    await record({ action: "auth.login", objectType: "user", objectId: user.id, outcome: "success", regionCode: user.regionCode });
    if (expired) await record({ action: "auth.password.expired", objectType: "user", objectId: user.id, outcome: "success", regionCode: user.regionCode });
  });
  return { user: expired ? { ...user, mustChangePassword: true } : user, token };
}

/**
 * The second factor of administrators and registry readers. Without an enrolled secret the first
 * correct password gets a new secret to enrol (shown once per attempt, sealed at rest); a valid code
 * confirms it. A code is accepted once: its time step must be later than the last one used.
 */
async function checkSecondFactor(request: FastifyRequest, user: UserRow, otp: string | undefined, now: Date): Promise<void> {
  const { db, secretKey } = request.server.ctx;
  const deny = async (reason: string) =>
    db.transaction((tx) => audit(tx, request, { action: "auth.login", objectType: "user", objectId: user.id, outcome: "denied", regionCode: user.regionCode, detail: { reason } }));
  if (!user.totpSecret) {
    if (!otp || !user.totpPendingSecret) {
      const { secret, uri } = newTotpSecret(user.username);
      await db.update(users).set({ totpPendingSecret: seal(secretKey, TOTP_PURPOSE, secret) }).where(eq(users.id, user.id));
      await deny("mfa-enrolment-required");
      throw new AppError("MFA_ENROLL_REQUIRED", {}, { details: { secret, uri } });
    }
    const pending = open(secretKey, TOTP_PURPOSE, user.totpPendingSecret);
    const step = matchTotpStep(pending, otp, now);
    if (step === null) {
      await registerFailure(request, user, now, "wrong-otp");
      throw new AppError("MFA_INVALID");
    }
    await writeTransaction(request, async (tx, record) => {
      await tx
        .update(users)
        .set({ totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpLastStep: step, totpEnrolledAt: now })
        .where(eq(users.id, user.id));
      await record({ action: "auth.mfa.enrol", objectType: "user", objectId: user.id, outcome: "success", regionCode: user.regionCode });
    });
    return;
  }
  if (!otp) {
    await deny("mfa-required");
    throw new AppError("MFA_REQUIRED");
  }
  const step = matchTotpStep(open(secretKey, TOTP_PURPOSE, user.totpSecret), otp, now);
  if (step === null || (user.totpLastStep !== null && step <= user.totpLastStep)) {
    await registerFailure(request, user, now, step === null ? "wrong-otp" : "otp-replayed");
    throw new AppError("MFA_INVALID");
  }
  // Conditional on the last step, so two logins racing with one code cannot both pass.
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  if (claimed.length === 0) {
    await registerFailure(request, user, now, "otp-replayed");
    throw new AppError("MFA_INVALID");
  }
}

/** The last sign of life: the last login, else the re-enabling or the creation of the account. */
function lastActivity(user: UserRow): Date {
  const times = [user.lastLoginAt, user.reactivatedAt, user.createdAt].filter((time): time is Date => time !== null);
  return new Date(Math.max(...times.map((time) => time.getTime())));
}

async function disableInactive(request: FastifyRequest, user: UserRow): Promise<void> {
  await writeTransaction(request, async (tx, record) => {
    await tx.update(users).set({ active: false, version: user.version + 1 }).where(eq(users.id, user.id));
    await record({
      action: "account.disabled",
      objectType: "user",
      objectId: user.id,
      outcome: "success",
      regionCode: user.regionCode,
      detail: { reason: "inactive", lastActivity: lastActivity(user).toISOString() },
    });
  });
}

async function registerFailure(request: FastifyRequest, user: UserRow, now: Date, reason = "wrong-password"): Promise<void> {
  const windowStart = now.getTime() - AUTH_SETTINGS.lockoutWindowMs;
  const inWindow = user.firstFailedAt !== null && user.firstFailedAt.getTime() > windowStart;
  const failedCount = inWindow ? user.failedCount + 1 : 1;
  const locks = failedCount >= AUTH_SETTINGS.lockoutFailures;
  await request.server.ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        failedCount: locks ? 0 : failedCount,
        firstFailedAt: locks ? null : inWindow ? user.firstFailedAt : now,
        lockedUntil: locks ? new Date(now.getTime() + AUTH_SETTINGS.lockoutDurationMs) : user.lockedUntil,
      })
      .where(eq(users.id, user.id));
    await audit(tx, request, {
      action: "auth.login",
      objectType: "user",
      objectId: user.id,
      outcome: "failure",
      regionCode: user.regionCode,
      detail: { reason, failedCount },
    });
    if (locks) {
      await audit(tx, request, { action: "auth.lockout", objectType: "user", objectId: user.id, outcome: "success", regionCode: user.regionCode });
    }
  });
}

export async function logout(request: FastifyRequest): Promise<void> {
  const tokenHash = request.sessionTokenHash;
  if (!tokenHash) return;
  await writeTransaction(request, async (tx, record) => {
    await deleteSession(tx, tokenHash);
    await record({ action: "auth.logout", objectType: "user", objectId: request.user?.id ?? null, outcome: "success" });
  });
}

/** Changes the signed-in user's password; other sessions of the account are closed. */
export async function changePassword(request: FastifyRequest, currentPassword: string, newPassword: string): Promise<void> {
  const sessionUser = request.user;
  if (!sessionUser) throw new AppError("UNAUTHENTICATED");
  const { db, clock } = request.server.ctx;
  const user = await findUserById(db, sessionUser.id);
  if (!user || !(await verifyPassword(currentPassword, user.passwordHash))) {
    await db.transaction((tx) =>
      audit(tx, request, { action: "auth.password.change", objectType: "user", objectId: sessionUser.id, outcome: "failure", detail: { reason: "wrong-current-password" } }),
    );
    throw new AppError("INVALID_CREDENTIALS");
  }
  const verdict = checkPasswordPolicy(newPassword, user.username);
  if (!verdict.ok) throw new AppError("WEAK_PASSWORD", { reason: verdict.reason, reasonEn: verdict.reasonEn });
  if (await verifyPassword(newPassword, user.passwordHash)) {
    throw new AppError("WEAK_PASSWORD", { reason: "不能与当前密码相同", reasonEn: "must differ from the current password" });
  }
  const earlier = await recentPasswordHashes(db, user.id, AUTH_SETTINGS.passwordHistory - 1);
  for (const hash of earlier) {
    if (await verifyPassword(newPassword, hash)) {
      throw new AppError("WEAK_PASSWORD", {
        reason: `不能与最近 ${AUTH_SETTINGS.passwordHistory} 次使用过的密码相同`,
        reasonEn: `must differ from the last ${AUTH_SETTINGS.passwordHistory} passwords`,
      });
    }
  }
  const passwordHash = await hashPassword(newPassword);
  await writeTransaction(request, async (tx, record) => {
    await retirePassword(tx, user.id, user.passwordHash, clock.now(), AUTH_SETTINGS.passwordHistory - 1);
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: clock.now(), version: user.version + 1 })
      .where(eq(users.id, user.id));
    await deleteOtherSessions(tx, user.id, request.sessionTokenHash);
    await record({ action: "auth.password.change", objectType: "user", objectId: user.id, outcome: "success" });
  });
}

function formatTime(date: Date): string {
  return date.toISOString().replace("T", " ").slice(0, 16) + " UTC";
}
