import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";

/** The users a grant of `scope` reaches, through their role membership; users without one are never listed. */
export function userScopeWhere(actor: Actor, scope: Scope): Prisma.UserWhereInput {
  switch (scope) {
    case "any":
      return { memberships: { some: {} } };
    case "province": {
      const provinceId = scopeId(actor.provinceId);
      return { memberships: { some: { OR: [{ provinceId }, { city: { provinceId } }] } } };
    }
    case "city":
      return { memberships: { some: { cityId: scopeId(actor.cityId) } } };
    case "own":
      return { id: actor.id, memberships: { some: {} } };
  }
}
