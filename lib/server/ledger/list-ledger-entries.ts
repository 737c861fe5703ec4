import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { taskScopeWhere } from "@/lib/server/tasks/task-scope";
import type { LedgerEntryRow } from "@/lib/validation/ledger";
import { ledgerEntryRowInclude, toLedgerEntryRows } from "./ledger-entry-row";
import { ledgerEntryScopeWhere } from "./ledger-entry-scope";

const ORDER: Prisma.LedgerEntryOrderByWithRelationInput[] = [{ effectiveDate: "desc" }, { createdAt: "desc" }, { id: "desc" }];

/**
 * The live entries of a task, latest work first, each labelled with its department. The task
 * must be within the actor's ledger scope (404 otherwise: for a liaison, a task its department
 * neither leads nor co-owns).
 */
export async function listLedgerEntries(
  actor: Actor,
  taskId: string,
  paging: { page: number; pageSize: number } = { page: 1, pageSize: 500 },
): Promise<{ items: LedgerEntryRow[]; total: number }> {
  const scope = assertCan(actor, "read:ledger");
  const task = await db().task.findFirst({ where: { AND: [{ id: taskId }, taskScopeWhere(actor, scope)] }, select: { id: true } });
  if (!task) throw notFound("任务");
  const where: Prisma.LedgerEntryWhereInput = { AND: [{ taskId }, ledgerEntryScopeWhere(actor, scope)] };
  const [records, total] = await Promise.all([
    db().ledgerEntry.findMany({
      where,
      include: ledgerEntryRowInclude,
      orderBy: ORDER,
      skip: (paging.page - 1) * paging.pageSize,
      take: paging.pageSize,
    }),
    db().ledgerEntry.count({ where }),
  ]);
  return { items: await toLedgerEntryRows(db(), records), total };
}
