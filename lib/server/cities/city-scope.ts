import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";

// An actor whose scope id is missing (a misconfigured membership) must match nothing, never
// everything: `{ cityId: undefined }` would drop the filter, so a missing id becomes this.
export const NO_SCOPE = "__no-scope__";

export function scopeId(id: string | null | undefined): string {
  return id ?? NO_SCOPE;
}

/** The cities a grant of `scope` reaches (a department-scoped grant reaches its city). */
export function cityScopeWhere(actor: Actor, scope: Scope): Prisma.CityWhereInput {
  switch (scope) {
    case "any":
      return {};
    case "province":
      return { provinceId: scopeId(actor.provinceId) };
    case "city":
    case "own":
      return { id: scopeId(actor.cityId) };
  }
}

/** The ids of the cities a grant reaches, for tables such as the audit log that have no relation to City. */
export async function cityIdsInScope(tx: Tx, actor: Actor, scope: Scope): Promise<string[] | undefined> {
  if (scope === "any") return undefined;
  const cities = await tx.city.findMany({ where: cityScopeWhere(actor, scope), select: { id: true } });
  return cities.map((city) => city.id);
}
