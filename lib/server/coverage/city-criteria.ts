import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";

/**
 * Every criterion of the city's adopted edition plus the city's local ones, with whether the
 * city marked it not applicable. `editionId` is null when the current cycle adopted none.
 */
export async function loadCityCriteria(client: Tx, cityId: string) {
  const cycle = await findCurrentCycle(client, cityId);
  const editionId = cycle?.editionId ?? null;
  if (!editionId) return { editionId, criteria: [] };
  const criteria = await client.criterion.findMany({
    where: { editionId, OR: [{ cityId: null }, { cityId }] },
    select: {
      id: true,
      code: true,
      name: true,
      points: true,
      cityId: true,
      sortOrder: true,
      content: { select: { name: true, sortOrder: true, category: { select: { name: true, sortOrder: true } } } },
      settings: { where: { cityId }, select: { isExcluded: true } },
    },
  });
  return {
    editionId,
    criteria: criteria.map(({ settings, ...criterion }) => ({ ...criterion, isExcluded: settings.some((setting) => setting.isExcluded) })),
  };
}
