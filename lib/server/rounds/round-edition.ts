import { conflict } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

/**
 * The edition a new round assesses: that of the city's cycle whose years hold the round's end
 * (the cycle that will score it), else of the current cycle, as scoring chooses its cycle.
 */
export async function editionForRound(tx: Tx, cityId: string, periodEnd: string): Promise<string> {
  const year = Number(periodEnd.slice(0, 4));
  const cycle =
    (await tx.creationCycle.findFirst({
      where: { cityId, startYear: { lte: year }, endYear: { gte: year }, editionId: { not: null } },
      orderBy: { isCurrent: "desc" },
    })) ?? (await tx.creationCycle.findFirst({ where: { cityId }, orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }, { createdAt: "desc" }] }));
  if (!cycle?.editionId) throw conflict("本市当前创建周期尚未采用测评体系，请先采用后再建督查轮次。");
  return cycle.editionId;
}
