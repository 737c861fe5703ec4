import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { rankingListVersionInput } from "@/lib/validation/ranking-lists";
import { loadListForChange } from "./ranking-list-changes";
import { toRankingListRow } from "./ranking-list-row";

/**
 * Removes a list. Publications keep their own frozen copy of every list, so nothing published
 * changes. The default list stays: the calculator input's `lists` are its counts and threshold.
 */
export const deleteRankingList = defineUseCase({
  name: "ranking-list.delete",
  permission: "manage:ranking-list",
  input: rankingListVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadListForChange(tx, actor, scope, input);
    if (record.isDefault) throw conflict("默认榜单（综合红黑榜）不能删除，可修改其名称、名额和分数线。");
    const { count } = await tx.rankingList.deleteMany({ where: { id: record.id, version: record.version } });
    if (count === 0) throw conflict("该榜单已被他人修改或删除，请刷新后重试。");
    const row = toRankingListRow(record);
    await audit({ entityType: "RankingList", entityId: row.id, cityId: row.cityId, before: row, after: null });
    return row;
  },
});
