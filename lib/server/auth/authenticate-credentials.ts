import { setTimeout as delay } from "node:timers/promises";
import { db } from "@/lib/db";
import { DUMMY_PASSWORD_HASH, verifyPassword } from "@/lib/auth/password";
import { signInThrottle } from "@/lib/auth/ip-throttle";
import { hasControlCharacters } from "@/lib/validation/primitives";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type SignInResult = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: "INVALID" | "THROTTLED" };

/** What sign-in depends on besides the database, replaceable in tests. */
export type SignInDependencies = {
  now?: Date;
  verify?: (passwordHash: string, password: string) => Promise<boolean>;
  sleep?: (ms: number) => Promise<unknown>;
};

// One answer for every failure (unknown email, wrong password, locked, inactive), and the same
// work behind it: one user lookup, exactly one argon2id verification (against a dummy hash when
// there is no account or it is locked) and one failure update, which matches no row for an
// unknown email or a locked account. Only a throttled address is answered without any of it.
export async function authenticateCredentials(emailInput: string, password: string, ip: string, deps: SignInDependencies = {}): Promise<SignInResult> {
  const { now = new Date(), verify = verifyPassword, sleep = delay } = deps;
  const throttle = signInThrottle();
  const attempt = await throttle.begin(ip);
  if (attempt.isThrottled) return { ok: false, reason: "THROTTLED" };
  if (attempt.delayMs > 0) await sleep(attempt.delayMs);

  // An email with a NUL or other control character names nobody (PostgreSQL text cannot even hold
  // a NUL): it is looked up as one that matches no account, with the same work as any other.
  const email = hasControlCharacters(emailInput) ? "" : emailInput.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const isLocked = user?.lockedUntil != null && user.lockedUntil > now;
  const isValid = await verify(user && !isLocked ? user.passwordHash : DUMMY_PASSWORD_HASH, password);

  if (!user || isLocked || !isValid || !user.isActive) {
    await recordAccountFailure(email, now);
    return { ok: false, reason: "INVALID" };
  }
  await throttle.succeeded(attempt);
  await db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

// Counts a failure on the account with this email unless it is locked (a lock runs its 15
// minutes and is not extended); the fifth failure locks it.
async function recordAccountFailure(email: string, now: Date) {
  await db().$transaction(async (tx) => {
    const [counted] = await tx.user.updateManyAndReturn({
      where: { email, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] },
      data: { failedLoginCount: { increment: 1 } },
      select: { id: true, failedLoginCount: true },
    });
    if (!counted || counted.failedLoginCount < MAX_FAILED_SIGN_INS) return;
    await tx.user.update({ where: { id: counted.id }, data: { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } });
    await writeAuditEntry(tx, null, { action: "user.locked-out", entityType: "User", entityId: counted.id, after: { lockedForMinutes: 15 } });
  });
}
