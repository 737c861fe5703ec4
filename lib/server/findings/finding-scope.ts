import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";

/** The findings a grant of `scope` reaches; `own` is a liaison's department. */
export function findingScopeWhere(actor: Actor, scope: Scope): Prisma.FindingWhereInput {
  switch (scope) {
    case "any":
      return {};
    case "province":
      return { city: { provinceId: scopeId(actor.provinceId) } };
    case "city":
      return { cityId: scopeId(actor.cityId) };
    case "own":
      return { cityId: scopeId(actor.cityId), departmentId: scopeId(actor.departmentId) };
  }
}
