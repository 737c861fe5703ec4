import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { AdminCityRow } from "@/lib/validation/provinces";
import { adminCityInclude, toAdminCityRow } from "./admin-city-row";

/**
 * The cities with their administration fields (slug, nominated flag, current cycle): every city
 * for the system admin, the province's for a supervisor, who opens their cycles from here.
 */
export async function listAdminCities(actor: Actor): Promise<AdminCityRow[]> {
  const scope = assertCan(actor, "manage:cycle");
  const records = await db().city.findMany({
    where: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] },
    include: adminCityInclude,
    orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
  });
  return records.map(toAdminCityRow);
}
