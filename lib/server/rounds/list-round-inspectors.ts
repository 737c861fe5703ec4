import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { requireCityId } from "@/lib/server/indicators/city/city-context";

/** The city's active inspectors, whom the office may give a round's sites to. */
export async function listRoundInspectors(actor: Actor): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "manage:round");
  const cityId = requireCityId(actor);
  return db().user.findMany({
    where: { isActive: true, memberships: { some: { role: "INSPECTOR", cityId } } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
