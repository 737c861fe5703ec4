import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
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

/** Ledgers are kept on tasks that were handed to departments and are not yet signed off. */
export function assertTaskTakesEntries(task: Pick<WritableTask, "dispatchStatus" | "completedAt">): void {
  if (task.dispatchStatus === "DRAFT") throw conflict("该任务尚未交办，暂不能填报或修改台账。");
  if (task.completedAt) throw conflict("该任务已办结（市文明办已确认完成），不能再填报或修改台账。");
}

export function departmentsOf(task: Pick<WritableTask, "leadDepartmentId" | "coDepartments">): string[] {
  return [task.leadDepartmentId, ...task.coDepartments.map(({ departmentId }) => departmentId)];
}
