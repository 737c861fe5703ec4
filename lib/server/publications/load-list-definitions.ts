import type { ListDefinition } from "@/lib/domain/publications/evaluate-lists";
import type { Tx } from "@/lib/server/tx";

/** Every ranking list of a cycle as the snapshot keeps it (chosen members by name, in name order). */
export async function loadListDefinitions(tx: Tx, cycleId: string | null): Promise<ListDefinition[]> {
  if (!cycleId) return [];
  const lists = await tx.rankingList.findMany({
    where: { cycleId },
    orderBy: [{ isDefault: "desc" }, { sortOrder: "asc" }, { name: "asc" }],
    include: { departments: { select: { department: { select: { name: true } } } } },
  });
  return lists.map((list) => ({
    id: list.id,
    name: list.name,
    isDefault: list.isDefault,
    metric: list.metric,
    members:
      list.members === "ALL"
        ? { kind: "ALL" }
        : list.members === "BY_KIND"
          ? { kind: "BY_KIND", departmentKind: list.memberKind ?? "BUREAU" }
          : { kind: "CHOSEN", departments: list.departments.map((row) => row.department.name).sort() },
    redCount: list.redCount,
    blackCount: list.blackCount,
    blackThreshold: list.blackThreshold.toString(),
  }));
}
