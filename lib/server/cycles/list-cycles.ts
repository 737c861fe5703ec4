import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { CycleRow } from "@/lib/validation/cycles";
import { cycleRowInclude, toCycleRow } from "./cycle-row";

/** A city's creation cycles, newest first; a city outside the actor's scope is not found. */
export async function listCycles(actor: Actor, cityId: string): Promise<CycleRow[]> {
  const scope = assertCan(actor, "read:city");
  const city = await db().city.findFirst({ where: { AND: [{ id: cityId, deletedAt: null }, cityScopeWhere(actor, scope)] }, select: { id: true } });
  if (!city) throw notFound("城市");
  const cycles = await db().creationCycle.findMany({
    where: { cityId: city.id },
    include: cycleRowInclude,
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
  });
  return cycles.map(toCycleRow);
}
