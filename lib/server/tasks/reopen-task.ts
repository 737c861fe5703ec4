import { canReopen } from "@/lib/domain/tasks/dispatch-rules";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { taskVersionInput } from "@/lib/validation/task-changes";
import { loadTaskForChange, saveTaskChange, taskSnapshot } from "./task-changes";

/** 撤销完成: undoes the office's sign-off; the status is derived from the facts again. */
export const reopenTask = defineUseCase({
  name: "task.reopen",
  permission: "manage:task",
  input: taskVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    if (!canReopen({ isCompleted: record.completedAt !== null })) throw conflict("该任务尚未确认完成。");
    const saved = await saveTaskChange(tx, record, { completedAt: null, completedById: null }, input);
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: record.id, cityId: record.cityId, before: taskSnapshot(record), after });
    return after;
  },
});
