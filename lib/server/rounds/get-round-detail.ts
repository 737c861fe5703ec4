import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { findingItemInclude, toFindingItem } from "@/lib/server/findings/finding-item";
import type { RoundDetail } from "@/lib/validation/rounds";
import { getRoundOrThrow } from "./round-access";
import { toRoundItem } from "./round-item";
import { loadRoundSites } from "./round-site-items";

/** One round with its sites (inspector, progress), criteria, the drawn list and, for 回头看, its items. */
export async function getRoundDetail(actor: Actor, id: string): Promise<RoundDetail> {
  const scope = assertCan(actor, "read:round");
  const round = await getRoundOrThrow(db(), actor, scope, id);
  const [item, sites, criteria, rechecks] = await Promise.all([
    toRoundItem(db(), round),
    loadRoundSites(db(), round),
    db().roundCriterion.findMany({
      where: { roundId: round.id },
      select: { criterion: { select: { id: true, code: true, name: true, method: true, sortOrder: true } } },
    }),
    round.kind === "RECHECK"
      ? db().recheckItem.findMany({ where: { roundId: round.id }, include: { finding: { include: findingItemInclude } } })
      : Promise.resolve([]),
  ]);
  const today = todayInShanghai();
  const order = new Map(round.sampledSiteIds.map((siteId, index) => [siteId, index]));
  return {
    ...item,
    sites: sites.sort((a, b) => (order.get(a.site.id) ?? order.size) - (order.get(b.site.id) ?? order.size)),
    criteria: criteria
      .map((row) => row.criterion)
      .sort((a, b) => a.sortOrder - b.sortOrder || (a.code < b.code ? -1 : 1))
      .map(({ id: criterionId, code, name, method }) => ({ id: criterionId, code, title: name, method })),
    drawnSiteIds: round.sampledSiteIds,
    ...(round.kind === "RECHECK"
      ? { rechecks: rechecks.map((row) => ({ finding: toFindingItem(row.finding, today), result: row.result, note: row.note })) }
      : {}),
  };
}
