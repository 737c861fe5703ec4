import { formatBusinessDate } from "@/lib/domain/dates";
import { dispatchSkipReason, nextDispatchStatus, statusesAllowing } from "@/lib/domain/tasks/dispatch-rules";
import { dispatchedNotice, notifyTaskDepartments } from "@/lib/server/notifications/task-notices";
import { defineUseCase } from "@/lib/server/use-case";
import { taskIdsInput, type DispatchResult } from "@/lib/validation/task-changes";
import { taskScopeWhere } from "./task-scope";

/**
 * 交办: drafts and tasks sent back for change go to their departments (DISPATCHED), whose
 * liaisons are notified. Tasks in any other state are skipped and reported, not failed, so a
 * bulk selection over a mixed list does what it can. The last change reason stays visible.
 */
export const dispatchTasks = defineUseCase({
  name: "task.dispatch",
  permission: "manage:task",
  input: taskIdsInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<DispatchResult> => {
    const ids = [...new Set(input.ids)];
    const tasks = await tx.task.findMany({
      where: { AND: [{ id: { in: ids } }, taskScopeWhere(actor, scope)] },
      include: { coDepartments: { select: { departmentId: true } } },
    });
    const byId = new Map(tasks.map((task) => [task.id, task]));
    const skipped: DispatchResult["skipped"] = [];
    let count = 0;
    for (const id of ids) {
      const task = byId.get(id);
      if (!task) {
        skipped.push({ id, reason: "任务不存在或无权访问" });
        continue;
      }
      const reason = dispatchSkipReason({ dispatchStatus: task.dispatchStatus, isCompleted: task.completedAt !== null });
      const next = nextDispatchStatus(task.dispatchStatus, "DISPATCH");
      if (reason || !next) {
        skipped.push({ id, reason: reason ?? "当前状态不能交办" });
        continue;
      }
      const dispatchedAt = new Date();
      const { count: changed } = await tx.task.updateMany({
        where: { id, dispatchStatus: { in: statusesAllowing("DISPATCH") } },
        data: { dispatchStatus: next, dispatchedAt, acknowledgedAt: null, version: { increment: 1 } },
      });
      if (changed === 0) {
        skipped.push({ id, reason: "状态已被他人修改，请刷新" });
        continue;
      }
      const deadline = task.deadline ? formatBusinessDate(task.deadline) : null;
      await notifyTaskDepartments(tx, task, dispatchedNotice(task, deadline, dispatchedAt));
      await audit({
        entityType: "Task",
        entityId: id,
        cityId: task.cityId,
        before: { dispatchStatus: task.dispatchStatus, dispatchedAt: task.dispatchedAt?.toISOString() ?? null },
        after: { dispatchStatus: next, dispatchedAt: dispatchedAt.toISOString() },
      });
      count += 1;
    }
    if (count === 0) {
      // Nothing changed, but the attempt is still on record.
      await audit({ entityType: "Task", entityId: null, cityId: actor.cityId, before: null, after: { count, skipped } });
    }
    return { count, skipped };
  },
});
