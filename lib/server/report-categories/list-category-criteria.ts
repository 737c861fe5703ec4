import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";

/** The criteria a category may be mapped to: those of the office's current edition (and its local ones). */
export async function listCategoryCriteria(actor: Actor): Promise<{ id: string; code: string; name: string }[]> {
  assertCan(actor, "manage:report-category");
  if (!actor.cityId) throw forbidden();
  const cityId = actor.cityId;
  const cycle = await findCurrentCycle(db(), cityId);
  if (!cycle?.editionId) return [];
  return db().criterion.findMany({
    where: { editionId: cycle.editionId, OR: [{ cityId: null }, { cityId }] },
    select: { id: true, code: true, name: true },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
  });
}
