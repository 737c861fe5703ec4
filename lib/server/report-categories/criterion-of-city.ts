import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";

/** A criterion of the city's current edition (its own or the city's local one), or null. */
export async function criterionOfCity(tx: Tx, cityId: string, criterionId: string | null | undefined) {
  if (!criterionId) return null;
  const cycle = await findCurrentCycle(tx, cityId);
  if (!cycle?.editionId) return null;
  return tx.criterion.findFirst({
    where: { id: criterionId, editionId: cycle.editionId, OR: [{ cityId: null }, { cityId }] },
    select: { id: true, code: true, name: true, rectificationDays: true },
  });
}
