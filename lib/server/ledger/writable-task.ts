import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { entryRefusal, taskDepartmentIds } from "@/lib/domain/tasks/task-rules";
import { conflict, notFound } from "@/lib/errors";
import { taskScopeWhere } from "@/lib/server/tasks/task-scope";
import type { Tx } from "@/lib/server/tx";

export const writableTaskSelect = {
  id: true,
  cityId: true,
  title: true,
  dispatchStatus: true,
  completedAt: true,
  leadDepartmentId: true,
  coDepartments: { select: { departmentId: true } },
} as const;

export type WritableTask = {
  id: string;
  cityId: string;
  title: string;
  dispatchStatus: string;
  completedAt: Date | null;
  leadDepartmentId: string;
  coDepartments: { departmentId: string }[];
};

/** A live task within the writer's scope (for a liaison: one its department leads or co-owns), else 404. */
export async function loadTaskInScope(tx: Tx, actor: Actor, scope: Scope, taskId: string): Promise<WritableTask> {
  const task = await tx.task.findFirst({ where: { AND: [{ id: taskId }, taskScopeWhere(actor, scope)] }, select: writableTaskSelect });
  if (!task) throw notFound("任务");
  return task;
}

const ENTRY_REFUSALS = {
  NOT_DISPATCHED: "该任务尚未交办，暂不能填报或修改台账。",
  COMPLETED: "该任务已办结（市文明办已确认完成），不能再填报或修改台账。",
} as const;

/** Ledgers are kept on tasks that were handed to departments and are not yet signed off (`takesLedgerEntries`). */
export function assertTaskTakesEntries(task: Pick<WritableTask, "dispatchStatus" | "completedAt">): void {
  const refusal = entryRefusal({ dispatchStatus: task.dispatchStatus, isCompleted: task.completedAt !== null });
  if (refusal) throw conflict(ENTRY_REFUSALS[refusal]);
}

export function departmentsOf(task: Pick<WritableTask, "leadDepartmentId" | "coDepartments">): string[] {
  return taskDepartmentIds({ leadDepartmentId: task.leadDepartmentId, coDepartmentIds: task.coDepartments.map(({ departmentId }) => departmentId) });
}
