import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { cityScopeWhere, scopeId } from "@/lib/server/cities/city-scope";
import type { RankingListRow } from "@/lib/validation/ranking-lists";
import { rankingListInclude, rankingListOrder, toRankingListRow } from "./ranking-list-row";

/**
 * A cycle's lists in their order; without a cycle, the current cycle of the actor's city (none:
 * an empty list). A cycle outside the actor's cities is not found.
 */
export async function listRankingLists(actor: Actor, { cycleId }: { cycleId?: string } = {}): Promise<{ cycleId: string | null; items: RankingListRow[] }> {
  const scope = assertCan(actor, "read:city");
  const cycle = await db().creationCycle.findFirst({
    where: cycleId
      ? { id: cycleId, city: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] } }
      : { cityId: scopeId(actor.cityId), isCurrent: true, city: { deletedAt: null } },
    select: { id: true },
  });
  if (!cycle) {
    if (cycleId) throw notFound("创建周期");
    return { cycleId: null, items: [] };
  }
  const records = await db().rankingList.findMany({ where: { cycleId: cycle.id }, include: rankingListInclude, orderBy: rankingListOrder });
  return { cycleId: cycle.id, items: records.map(toRankingListRow) };
}
