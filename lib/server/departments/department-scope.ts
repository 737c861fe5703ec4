import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";

/** The departments a grant of `scope` reaches: `own` is the actor's department only. */
export function departmentScopeWhere(actor: Actor, scope: Scope): Prisma.DepartmentWhereInput {
  if (scope === "own") return { id: scopeId(actor.departmentId), cityId: scopeId(actor.cityId) };
  if (scope === "city") return { cityId: scopeId(actor.cityId) };
  return { city: cityScopeWhere(actor, scope) };
}
