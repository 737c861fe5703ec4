import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { isIpThrottled, recordIpFailure } from "@/lib/auth/ip-throttle";
import { writeAuditEntry } from "@/lib/server/audit/write-audit-entry";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;

export type SignInResult = { ok: true; user: { id: string; email: string; name: string } } | { ok: false; reason: "INVALID" | "THROTTLED" };

// One answer for every failure (unknown email, wrong password, locked, inactive), so the
// response never reveals whether an account exists.
export async function authenticateCredentials(emailInput: string, password: string, ip: string, now = new Date()): Promise<SignInResult> {
  if (isIpThrottled(ip, now.getTime())) return { ok: false, reason: "THROTTLED" };
  const email = emailInput.trim().toLowerCase();
  const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
  const isLocked = user?.lockedUntil != null && user.lockedUntil > now;
  const isValid = user && !isLocked ? await verifyPassword(user.passwordHash, password) : false;

  if (!user || !isValid || !user.isActive) {
    recordIpFailure(ip, now.getTime());
    if (user && !isLocked) await recordAccountFailure(user.id, user.failedLoginCount + 1, now);
    return { ok: false, reason: "INVALID" };
  }
  await db().user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

async function recordAccountFailure(userId: string, failures: number, now: Date) {
  const locks = failures >= MAX_FAILED_SIGN_INS;
  await db().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: locks ? { failedLoginCount: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MS) } : { failedLoginCount: failures },
    });
    if (locks) {
      await writeAuditEntry(tx, null, { action: "user.locked-out", entityType: "User", entityId: userId, after: { lockedForMinutes: 15 } });
    }
  });
}
