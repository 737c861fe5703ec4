import { isHandedOut } from "@/lib/domain/tasks/dispatch-rules";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { taskVersionInput } from "@/lib/validation/task-changes";
import { loadTaskForChange, saveTaskChange, taskSnapshot } from "./task-changes";

/** 确认完成: the office's explicit sign-off; the only way a task becomes COMPLETED. */
export const signOffTask = defineUseCase({
  name: "task.sign-off",
  permission: "manage:task",
  input: taskVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    if (record.completedAt) throw conflict("该任务已确认完成。");
    if (!isHandedOut(record.dispatchStatus)) throw conflict("任务尚未交办，不能确认完成。");
    const saved = await saveTaskChange(
      tx,
      record,
      {
        completedAt: new Date(),
        completedById: actor.kind === "user" ? actor.id : null,
      },
      input,
    );
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: record.id, cityId: record.cityId, before: taskSnapshot(record), after });
    return after;
  },
});
