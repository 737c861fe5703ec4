import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import type { TaskChangeRow } from "@/lib/validation/task-changes";
import type { TaskRow } from "@/lib/validation/tasks";
import { taskRowInclude, toTaskRow, type TaskRecord } from "./task-row";
import { taskScopeWhere } from "./task-scope";

// The steps every single-task mutation shares: find within scope (404 beyond it), check the
// version read by the caller, and save only if nobody saved in between.

export const taskChangeInclude = {
  ...taskRowInclude,
  action: { select: { id: true, name: true, annualPlan: { select: { year: true, title: true } } } },
} satisfies Prisma.TaskInclude;

export type TaskChangeRecord = Prisma.TaskGetPayload<{ include: typeof taskChangeInclude }>;

/** The row a task read returns plus the dispatch facts, as the audit log and conflicts show it. */
export function taskSnapshot(record: TaskChangeRecord | TaskRecord): TaskChangeRow {
  const row: TaskRow = toTaskRow({ ...record, action: { id: record.action.id, name: record.action.name } }, todayInShanghai());
  return {
    ...row,
    targetValue: record.targetValue === null ? null : record.targetValue.toString(),
    targetUnit: record.targetUnit,
    dispatchedAt: record.dispatchedAt?.toISOString() ?? null,
    acknowledgedAt: record.acknowledgedAt?.toISOString() ?? null,
    changeReason: record.changeReason,
    changeRequestedAt: record.changeRequestedAt?.toISOString() ?? null,
    completedAt: record.completedAt?.toISOString() ?? null,
  };
}

export async function loadTaskForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<TaskChangeRecord> {
  const record = await tx.task.findFirst({
    where: { AND: [{ id: input.id }, taskScopeWhere(actor, scope)] },
    include: taskChangeInclude,
  });
  if (!record) throw notFound("任务");
  if (record.version !== input.version) throw versionConflict(taskSnapshot(record), input);
  return record;
}

export async function saveTaskChange(
  tx: Tx,
  record: TaskChangeRecord,
  data: Prisma.TaskUncheckedUpdateManyInput,
  submitted: unknown,
): Promise<TaskChangeRecord> {
  const { count } = await tx.task.updateMany({
    where: { id: record.id, version: record.version },
    data: { ...data, version: { increment: 1 } },
  });
  const saved = await tx.task.findUniqueOrThrow({ where: { id: record.id }, include: taskChangeInclude });
  if (count === 0) throw versionConflict(taskSnapshot(saved), submitted);
  return saved;
}
