import { appliesToSiteType } from "@/lib/domain/rounds/criterion-rubric";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

export type Progress = { done: number; expected: number };

/**
 * Each site's checks done against checks expected: one per round criterion applicable to its
 * type (a RECHECK round has no criteria, so its sites expect none). Round totals add the desk
 * criteria and are counted by `loadRoundTotals`.
 */
export async function loadSiteProgress(client: Db | Tx, roundId: string): Promise<Map<string, Progress>> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const sites = await client.roundSite.findMany({ where: { roundId }, select: { siteId: true, site: { select: { siteType: { select: { name: true } } } } } });
  const criteria = await client.roundCriterion.findMany({
    where: { roundId, criterion: { method: "FIELD" } },
    select: { criterion: { select: { siteTypeNames: true } } },
  });
  // A check is only ever made for one of its round's criteria (submitCheck refuses others).
  const checks = await client.check.groupBy({ by: ["siteId"], where: { roundId, siteId: { not: null } }, _count: { _all: true } });
  const done = new Map(checks.map((row) => [row.siteId!, row._count._all]));
  return new Map(
    sites.map((row) => [
      row.siteId,
      { done: done.get(row.siteId) ?? 0, expected: criteria.filter((link) => appliesToSiteType(link.criterion, row.site.siteType.name)).length },
    ]),
  );
}
