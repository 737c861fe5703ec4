import { invalidInput, versionConflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { reorderRankingListsInput } from "@/lib/validation/ranking-lists";
import { loadCycleInScope } from "./ranking-list-changes";
import { rankingListInclude, rankingListOrder, toRankingListRow } from "./ranking-list-row";

/** Puts a cycle's lists in the given order; the caller names every list of the cycle with the version it read. */
export const reorderRankingLists = defineUseCase({
  name: "ranking-list.reorder",
  permission: "manage:ranking-list",
  input: reorderRankingListsInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const cycle = await loadCycleInScope(tx, actor, scope, input.cycleId);
    const stored = await tx.rankingList.findMany({ where: { cycleId: cycle.id }, include: rankingListInclude, orderBy: rankingListOrder });
    const named = new Set(input.lists.map((list) => list.id));
    if (named.size !== input.lists.length || named.size !== stored.length || stored.some((list) => !named.has(list.id))) {
      throw invalidInput({ lists: ["请按新的顺序提交本周期的全部榜单"] });
    }
    const byId = new Map(stored.map((list) => [list.id, list]));
    for (const { id, version } of input.lists) {
      const record = byId.get(id)!;
      if (record.version !== version) throw versionConflict(toRankingListRow(record), { id, version });
    }
    for (const [index, { id, version }] of input.lists.entries()) {
      const { count } = await tx.rankingList.updateMany({ where: { id, version }, data: { sortOrder: index, version: { increment: 1 } } });
      if (count === 0) throw versionConflict(toRankingListRow(byId.get(id)!), { id, version });
    }
    const saved = await tx.rankingList.findMany({ where: { cycleId: cycle.id }, include: rankingListInclude, orderBy: rankingListOrder });
    const rows = saved.map(toRankingListRow);
    await audit({
      entityType: "CreationCycle",
      entityId: cycle.id,
      cityId: cycle.cityId,
      before: { lists: stored.map((list) => list.name) },
      after: { lists: rows.map((list) => list.name) },
    });
    return rows;
  },
});
