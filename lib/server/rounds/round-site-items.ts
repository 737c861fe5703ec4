import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";
import type { RoundSiteItem } from "@/lib/validation/rounds";
import { loadSiteProgress } from "./round-progress";

/** A round's sites (all, or the ids given) with their inspector and checks done / expected, by street and code. */
export async function loadRoundSites(client: Db | Tx, round: { id: string; kind: string }, siteIds?: readonly string[]): Promise<RoundSiteItem[]> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const rows = await client.roundSite.findMany({
    where: { roundId: round.id, ...(siteIds ? { siteId: { in: [...siteIds] } } : {}) },
    select: {
      inspector: { select: { id: true, name: true } },
      site: {
        select: { id: true, code: true, name: true, street: true, grid: true, address: true, siteType: { select: { id: true, name: true } } },
      },
    },
    orderBy: [{ site: { street: "asc" } }, { site: { code: "asc" } }],
  });
  const progress = await loadSiteProgress(client, round.id);
  return rows.map((row) => ({ site: row.site, inspector: row.inspector, progress: progress.get(row.site.id) ?? { done: 0, expected: 0 } }));
}
