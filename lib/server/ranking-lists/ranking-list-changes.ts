import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";
import { rankingListInclude, toRankingListRow, type RankingListRecord } from "./ranking-list-row";

// The steps the ranking-list writes share: find the cycle or list within scope, check the version
// read by the caller, keep names unique in a cycle and members within the list's city.

export async function loadCycleInScope(tx: Tx, actor: Actor, scope: Scope, cycleId: string) {
  const cycle = await tx.creationCycle.findFirst({ where: { id: cycleId, city: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] } } });
  if (!cycle) throw notFound("创建周期");
  return cycle;
}

export async function loadListForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<RankingListRecord> {
  const record = await tx.rankingList.findFirst({
    where: { id: input.id, city: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] } },
    include: rankingListInclude,
  });
  if (!record) throw notFound("红黑榜");
  if (record.version !== input.version) throw versionConflict(toRankingListRow(record), input);
  return record;
}

/** Saves only if nobody saved in between; `departmentIds` (when given) replaces the chosen set. */
export async function saveListChange(
  tx: Tx,
  record: RankingListRecord,
  data: Prisma.RankingListUpdateManyMutationInput,
  departmentIds: readonly string[] | undefined,
  submitted: unknown,
): Promise<RankingListRecord> {
  const { count } = await tx.rankingList.updateMany({ where: { id: record.id, version: record.version }, data: { ...data, version: { increment: 1 } } });
  if (count > 0 && departmentIds) {
    await tx.rankingListDepartment.deleteMany({ where: { listId: record.id } });
    await tx.rankingListDepartment.createMany({ data: departmentIds.map((departmentId) => ({ listId: record.id, departmentId })) });
  }
  const saved = await tx.rankingList.findUniqueOrThrow({ where: { id: record.id }, include: rankingListInclude });
  if (count === 0) throw versionConflict(toRankingListRow(saved), submitted);
  return saved;
}

export async function assertListNameFree(tx: Tx, cycleId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.rankingList.findFirst({ where: { cycleId, name, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (clash) throw invalidInput({ name: ["本周期已有同名榜单"] });
}

/** The chosen departments, each a live department of the list's city; any other id is not found (404). */
export async function resolveChosenDepartments(tx: Tx, cityId: string, departmentIds: readonly string[]): Promise<string[]> {
  const unique = [...new Set(departmentIds)];
  const found = await tx.department.count({ where: { id: { in: unique }, cityId, deletedAt: null } });
  if (found !== unique.length) throw notFound("单位");
  return unique;
}
