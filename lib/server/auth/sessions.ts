import crypto from "node:crypto";
import { db } from "@/lib/db";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";

// A session is a JWT that carries its own id (`sid`, made at sign-in and kept across refreshes:
// next-auth's `jti` changes on every refresh) and the user's `sessionVersion` at sign-in. A
// signed-out sid is refused until the JWT would have expired; raising the version ends every
// session of the user at once.

export type SessionClaims = { sid: string; sessionVersion: number };

/** The claims a new session starts with. */
export async function startSession(userId: string): Promise<SessionClaims> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return { sid: crypto.randomUUID(), sessionVersion: user?.sessionVersion ?? 0 };
}

/** Ends one session for good: a copy of its cookie is refused from now on. */
export async function endSession(sid: string, userId: string, now = new Date()): Promise<void> {
  const expiresAt = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
  await db().revokedSession.upsert({ where: { sid }, create: { sid, userId, expiresAt }, update: {} });
  // Rows past their JWT's lifetime protect nothing; sign-out is rare enough to tidy up here.
  await db().revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
}

/** The update that ends every session of a user; part of the use case's own write. */
export const END_ALL_SESSIONS = { sessionVersion: { increment: 1 } } as const;

/** Reads the claims from a decoded JWT; a token from before sessions had ids has none. */
export function sessionClaimsOf(token: Record<string, unknown>): SessionClaims | null {
  const { sid, sv } = token;
  return typeof sid === "string" && sid !== "" && typeof sv === "number" ? { sid, sessionVersion: sv } : null;
}
