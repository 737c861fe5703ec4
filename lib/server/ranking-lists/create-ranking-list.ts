import { defineUseCase } from "@/lib/server/use-case";
import { createRankingListInput } from "@/lib/validation/ranking-lists";
import { assertListNameFree, loadCycleInScope, resolveChosenDepartments } from "./ranking-list-changes";
import { rankingListInclude, toRankingListRow } from "./ranking-list-row";

/** A city admin adds a list (红黑榜) to a cycle of its city; it goes to the end of the cycle's order. */
export const createRankingList = defineUseCase({
  name: "ranking-list.create",
  permission: "manage:ranking-list",
  input: createRankingListInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const cycle = await loadCycleInScope(tx, actor, scope, input.cycleId);
    await assertListNameFree(tx, cycle.id, input.name);
    const departmentIds = input.members === "CHOSEN" ? await resolveChosenDepartments(tx, cycle.cityId, input.departmentIds ?? []) : [];
    const last = await tx.rankingList.aggregate({ where: { cycleId: cycle.id }, _max: { sortOrder: true } });
    const record = await tx.rankingList.create({
      data: {
        cityId: cycle.cityId,
        cycleId: cycle.id,
        name: input.name,
        members: input.members,
        memberKind: input.members === "BY_KIND" ? input.memberKind : null,
        metric: input.metric,
        redCount: input.redCount,
        blackCount: input.blackCount,
        blackThreshold: input.blackThreshold,
        sortOrder: (last._max.sortOrder ?? -1) + 1,
        departments: { create: departmentIds.map((departmentId) => ({ departmentId })) },
      },
      include: rankingListInclude,
    });
    const row = toRankingListRow(record);
    await audit({ entityType: "RankingList", entityId: row.id, cityId: row.cityId, before: null, after: row });
    return row;
  },
});
