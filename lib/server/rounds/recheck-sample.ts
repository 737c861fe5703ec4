import { drawFindings } from "@/lib/domain/rounds/draw-sample";
import type { Tx } from "@/lib/server/tx";

/**
 * A RECHECK round's draw over the city's verified findings (the same hash order, over finding
 * ids): the findings to re-check and their sites, in draw order, each site once.
 */
export async function drawRecheckFindings(tx: Tx, cityId: string, seed: string, count: number) {
  const verified = await tx.finding.findMany({ where: { cityId, status: "VERIFIED" }, select: { id: true, siteId: true } });
  const findingIds = drawFindings(
    seed,
    count,
    verified.map((finding) => finding.id),
  );
  const siteOf = new Map(verified.map((finding) => [finding.id, finding.siteId]));
  const siteIds = [...new Set(findingIds.map((id) => siteOf.get(id)).filter((id): id is string => Boolean(id)))];
  return { findingIds, siteIds };
}
