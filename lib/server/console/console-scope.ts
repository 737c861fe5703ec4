import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { forbidden } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";

/**
 * The cities the supervisor's console reaches: a supervisor its province's, the system admin every one.
 * The console compares cities, so a reader of one city's publications (office, inspector, liaison) is refused.
 */
export function consoleCityWhere(actor: Actor): Prisma.CityWhereInput {
  const scope = assertCan(actor, "read:publication");
  if (scope !== "any" && scope !== "province") throw forbidden();
  return { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] };
}

/** A city's publications in force: never superseded by a correction (supervisors never see drafts). */
export const IN_FORCE: Prisma.PublicationWhereInput = { scope: "CITY", supersededBy: { is: null } };

/** Newest first: the latest period, then the latest published. */
export const NEWEST_FIRST: Prisma.PublicationOrderByWithRelationInput[] = [{ periodEnd: "desc" }, { publishedAt: "desc" }, { id: "desc" }];
