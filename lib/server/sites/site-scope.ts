import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";

/** The sites a grant of `scope` reaches: the actor's city, its province's cities, or any. */
export function siteScopeWhere(actor: Actor, scope: Scope): Prisma.SiteWhereInput {
  if (scope === "city" || scope === "own") return { cityId: scopeId(actor.cityId) };
  return { city: cityScopeWhere(actor, scope) };
}
