import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";

/**
 * The publications a grant of `scope` reaches: a supervisor its province's own publications and those of its
 * cities; the office, inspectors and liaisons their city's (a liaison then sees only its department's rows).
 */
export function publicationScopeWhere(actor: Actor, scope: Scope): Prisma.PublicationWhereInput {
  switch (scope) {
    case "any":
      return {};
    case "province": {
      const provinceId = scopeId(actor.provinceId);
      return { OR: [{ provinceId }, { city: { provinceId } }] };
    }
    case "city":
    case "own":
      return { cityId: scopeId(actor.cityId) };
  }
}
