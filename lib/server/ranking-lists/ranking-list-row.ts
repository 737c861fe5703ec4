import type { Prisma } from "@/lib/generated/prisma/client";
import type { RankingListRow } from "@/lib/validation/ranking-lists";

// What every ranking-list read returns: the list and, for a chosen set, its departments by name.
export const rankingListInclude = {
  departments: { select: { department: { select: { id: true, name: true, sortOrder: true } } } },
} satisfies Prisma.RankingListInclude;

export type RankingListRecord = Prisma.RankingListGetPayload<{ include: typeof rankingListInclude }>;

export const rankingListOrder = [{ sortOrder: "asc" }, { createdAt: "asc" }] satisfies Prisma.RankingListOrderByWithRelationInput[];

export function toRankingListRow(record: RankingListRecord): RankingListRow {
  const departments = record.departments
    .map(({ department }) => department)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, "zh-CN"))
    .map(({ id, name }) => ({ id, name }));
  return {
    id: record.id,
    cityId: record.cityId,
    cycleId: record.cycleId,
    name: record.name,
    isDefault: record.isDefault,
    members: record.members,
    memberKind: record.memberKind,
    departments,
    metric: record.metric,
    redCount: record.redCount,
    blackCount: record.blackCount,
    blackThreshold: record.blackThreshold.toFixed(2),
    sortOrder: record.sortOrder,
    version: record.version,
  };
}
