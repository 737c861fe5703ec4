import { appliesToSiteType } from "@/lib/domain/rounds/criterion-rubric";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

type Client = Db | Tx;
export type Progress = { done: number; expected: number };
export type RoundProgress = { siteCount: number; criterionCount: number; total: Progress; bySite: Map<string, Progress> };

/**
 * Checks done against checks expected: each site owes one check per round criterion applicable to
 * its type, and the round owes one desk check per non-field criterion; a RECHECK round owes one
 * result per sampled finding.
 */
export async function loadRoundProgress(client: Client, rounds: ReadonlyArray<{ id: string; kind: string }>): Promise<Map<string, RoundProgress>> {
  const roundIds = rounds.map((round) => round.id);
  const [sites, criteria, checks, rechecks] = await Promise.all([
    client.roundSite.findMany({
      where: { roundId: { in: roundIds } },
      select: { roundId: true, siteId: true, site: { select: { siteType: { select: { name: true } } } } },
    }),
    client.roundCriterion.findMany({
      where: { roundId: { in: roundIds } },
      select: { roundId: true, criterionId: true, criterion: { select: { method: true, siteTypeNames: true } } },
    }),
    // A check is only ever made for one of its round's criteria (submitCheck refuses others).
    client.check.groupBy({ by: ["roundId", "siteId"], where: { roundId: { in: roundIds } }, _count: { _all: true } }),
    client.recheckItem.groupBy({ by: ["roundId"], where: { roundId: { in: roundIds } }, _count: { _all: true, result: true } }),
  ]);
  const result = new Map<string, RoundProgress>();
  for (const round of rounds) {
    const ownCriteria = criteria.filter((row) => row.roundId === round.id);
    const fieldCriteria = ownCriteria.filter((row) => row.criterion.method === "FIELD");
    const deskCount = ownCriteria.length - fieldCriteria.length;
    const ownSites = sites.filter((row) => row.roundId === round.id);
    const bySite = new Map<string, Progress>();
    for (const row of ownSites) {
      const expected = fieldCriteria.filter((criterion) => appliesToSiteType(criterion.criterion, row.site.siteType.name)).length;
      bySite.set(row.siteId, { done: 0, expected });
    }
    let deskDone = 0;
    for (const check of checks) {
      if (check.roundId !== round.id) continue;
      if (check.siteId === null) deskDone += check._count._all;
      else {
        const site = bySite.get(check.siteId);
        if (site) site.done += check._count._all;
      }
    }
    const siteTotals = [...bySite.values()].reduce((sum, p) => ({ done: sum.done + p.done, expected: sum.expected + p.expected }), { done: 0, expected: 0 });
    const recheck = rechecks.find((row) => row.roundId === round.id);
    const total =
      round.kind === "RECHECK"
        ? { done: recheck?._count.result ?? 0, expected: recheck?._count._all ?? 0 }
        : { done: siteTotals.done + deskDone, expected: siteTotals.expected + deskCount };
    result.set(round.id, { siteCount: ownSites.length, criterionCount: ownCriteria.length, total, bySite });
  }
  return result;
}
