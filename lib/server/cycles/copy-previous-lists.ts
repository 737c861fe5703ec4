import type { Tx } from "@/lib/server/tx";

/**
 * A new cycle starts with the lists the city ran in its latest earlier cycle (all but the
 * default, which every cycle makes afresh); a chosen set keeps only departments still live.
 */
export async function copyPreviousLists(tx: Tx, cycle: { id: string; cityId: string; startYear: number }): Promise<number> {
  const previous = await tx.creationCycle.findFirst({
    where: { cityId: cycle.cityId, id: { not: cycle.id }, startYear: { lte: cycle.startYear } },
    orderBy: [{ startYear: "desc" }, { createdAt: "desc" }],
    include: {
      rankingLists: {
        where: { isDefault: false },
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
        include: { departments: { where: { department: { deletedAt: null } }, select: { departmentId: true } } },
      },
    },
  });
  for (const [index, list] of (previous?.rankingLists ?? []).entries()) {
    await tx.rankingList.create({
      data: {
        cityId: cycle.cityId,
        cycleId: cycle.id,
        name: list.name,
        members: list.members,
        memberKind: list.memberKind,
        metric: list.metric,
        redCount: list.redCount,
        blackCount: list.blackCount,
        blackThreshold: list.blackThreshold,
        sortOrder: index + 1,
        departments: { create: list.departments.map(({ departmentId }) => ({ departmentId })) },
      },
    });
  }
  return previous?.rankingLists.length ?? 0;
}
