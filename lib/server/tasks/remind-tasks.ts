import { todayInShanghai } from "@/lib/domain/dates";
import { isHandedOut } from "@/lib/domain/tasks/dispatch-rules";
import { notifyTaskDepartments, reminderNotice } from "@/lib/server/notifications/task-notices";
import { defineUseCase } from "@/lib/server/use-case";
import { taskIdsInput } from "@/lib/validation/task-changes";
import { taskScopeWhere } from "./task-scope";

export type RemindResult = {
  /** Tasks whose departments were reminded. */
  count: number;
  /** Notifications sent; a second reminder on the same Shanghai day sends none. */
  notified: number;
  skipped: { id: string; reason: string }[];
};

/** 催办: reminds the liaisons of dispatched, unfinished tasks, at most once per task per day. */
export const remindTasks = defineUseCase({
  name: "task.remind",
  permission: "manage:task",
  input: taskIdsInput,
  run: async ({ tx, actor, input, scope, audit }): Promise<RemindResult> => {
    const ids = [...new Set(input.ids)];
    const today = todayInShanghai();
    const tasks = await tx.task.findMany({
      where: { AND: [{ id: { in: ids } }, taskScopeWhere(actor, scope)] },
      include: { coDepartments: { select: { departmentId: true } } },
    });
    const byId = new Map(tasks.map((task) => [task.id, task]));
    const result: RemindResult = { count: 0, notified: 0, skipped: [] };
    for (const id of ids) {
      const task = byId.get(id);
      const reason = !task ? "任务不存在或无权访问" : task.completedAt ? "已确认完成" : !isHandedOut(task.dispatchStatus) ? "尚未交办" : null;
      if (!task || reason) {
        result.skipped.push({ id, reason: reason ?? "任务不存在或无权访问" });
        continue;
      }
      const notified = await notifyTaskDepartments(tx, task, reminderNotice(task, today));
      await audit({ entityType: "Task", entityId: id, cityId: task.cityId, before: null, after: { remindedOn: today, notified } });
      result.count += 1;
      result.notified += notified;
    }
    if (result.count === 0) {
      await audit({ entityType: "Task", entityId: null, cityId: actor.cityId, before: null, after: result });
    }
    return result;
  },
});
