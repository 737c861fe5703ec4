import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";

/** The actor behind a session, read fresh from the database on every request. */
export async function loadUserActor(userId: string): Promise<Actor | null> {
  const user = await db().user.findUnique({
    where: { id: userId },
    include: { memberships: { orderBy: { createdAt: "asc" }, take: 1, include: { city: true } } },
  });
  if (!user || !user.isActive) return null;
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
