import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";

/** The rounds a grant of `scope` reaches. */
export function roundScopeWhere(actor: Actor, scope: Scope): Prisma.InspectionRoundWhereInput {
  if (scope === "city" || scope === "own") return { cityId: scopeId(actor.cityId), deletedAt: null };
  return { city: cityScopeWhere(actor, scope), deletedAt: null };
}
