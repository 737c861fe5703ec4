import { db } from "@/lib/db";

export type CriterionName = { name: string; category: { code: string; name: string; sortOrder: number } };

/**
 * The names and categories of a round's criteria, from its edition (the city's local criteria included).
 * A snapshot holds only codes; the edition's texts say what a code means. Without a round nothing is named.
 */
export async function loadCriterionNames(roundId: string | null, cityId: string | null, codes: readonly string[]): Promise<Map<string, CriterionName>> {
  if (!roundId || codes.length === 0) return new Map();
  const client = db();
  const round = await client.inspectionRound.findUnique({ where: { id: roundId }, select: { editionId: true } });
  if (!round) return new Map();
  const criteria = await client.criterion.findMany({
    where: { editionId: round.editionId, code: { in: [...codes] }, OR: [{ cityId: null }, { cityId }] },
    select: { code: true, name: true, content: { select: { category: { select: { code: true, name: true, sortOrder: true } } } } },
  });
  return new Map(criteria.map((criterion) => [criterion.code, { name: criterion.name, category: criterion.content.category }]));
}
