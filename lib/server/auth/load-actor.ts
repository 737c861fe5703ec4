import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

const actorInclude = {
  memberships: { orderBy: { createdAt: "asc" }, take: 1, include: { city: true } },
} satisfies Prisma.UserInclude;

/** The actor behind a user id, read fresh from the database; null when inactive or without a role. */
export async function loadUserActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({ where: { id: userId }, include: actorInclude });
  return user ? toActor(user) : null;
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
