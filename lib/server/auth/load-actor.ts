import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSessionEnded, type SessionClaims } from "./sessions";

const actorInclude = {
  memberships: { orderBy: { createdAt: "asc" }, take: 1, include: { city: true } },
} satisfies Prisma.UserInclude;

/** The actor behind a user id, read fresh from the database; null when inactive or without a role. */
export async function loadUserActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, include: actorInclude });
  return user ? toActor(user) : null;
}

/**
 * The actor behind a session cookie, on every request: null when the session was signed out,
 * or when its user's sessions were all ended since it began (password, deactivation, role or scope
 * change, "sign out everywhere").
 */
export async function loadSessionActor(userId: string, claims: SessionClaims | null): Promise<Actor | null> {
  if (!claims) return null;
  const user = await db().user.findUnique({ where: { id: userId }, include: actorInclude });
  if (!user || user.sessionVersion !== claims.sessionVersion) return null;
  if (await isSessionEnded(claims.sid)) return null;
  return toActor(user);
}

type UserWithMembership = Prisma.UserGetPayload<{ include: typeof actorInclude; omit: { passwordHash: true } }>;

function toActor(user: UserWithMembership): Actor | null {
  if (!user.isActive) return null;
  const membership = user.memberships[0];
  if (!membership) return null;
  return {
    kind: "user",
    id: user.id,
    label: `${user.name} <${user.email}>`,
    role: membership.role,
    provinceId: membership.provinceId ?? membership.city?.provinceId ?? null,
    cityId: membership.cityId,
    departmentId: membership.departmentId,
    mustChangePassword: user.mustChangePassword && !(user.isDemo && env().isDemo),
  };
}
