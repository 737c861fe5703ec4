import type { DepartmentLeaders } from "@/lib/domain/bulletins/list-blocks";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { Tx } from "@/lib/server/tx";

/** The leaders the official bulletin names for a 约谈, as recorded when publishing (e.g. 局长张三). */
export async function loadLeaders(tx: Tx, cityId: string, lists: readonly PublishedList[]): Promise<DepartmentLeaders> {
  const names = [...new Set(lists.flatMap((list) => list.blackList.filter((entry) => entry.step === "LEADER_MEETING").map((entry) => entry.department)))];
  if (names.length === 0) return {};
  const departments = await tx.department.findMany({
    where: { cityId, name: { in: names }, deletedAt: null, leaderName: { not: null } },
    select: { name: true, leaderName: true, leaderTitle: true },
  });
  return Object.fromEntries(departments.map((department) => [department.name, `${department.leaderTitle ?? "主要负责人"}${department.leaderName}`]));
}
