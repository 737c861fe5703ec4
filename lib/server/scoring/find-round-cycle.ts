import { formatBusinessDate } from "@/lib/domain/dates";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

/**
 * The creation cycle a round is scored under: the city's cycle whose years contain the round's
 * `periodEnd` (a round of 2025 keeps 2025's weights and list settings after a new cycle begins),
 * else the city's current cycle; null when the city has neither. One query.
 */
export async function findRoundCycle(client: Db | Tx, round: { cityId: string; periodEnd: Date }) {
  const year = Number(formatBusinessDate(round.periodEnd).slice(0, 4));
  const cycles = await client.creationCycle.findMany({
    where: { cityId: round.cityId, OR: [{ startYear: { lte: year }, endYear: { gte: year } }, { isCurrent: true }] },
    orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }, { createdAt: "desc" }],
    include: { rankingLists: { where: { isDefault: true }, take: 1 } },
  });
  return cycles.find((cycle) => cycle.startYear <= year && year <= cycle.endYear) ?? cycles.find((cycle) => cycle.isCurrent) ?? null;
}
