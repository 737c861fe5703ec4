import { defineUseCase } from "@/lib/server/use-case";
import { taskVersionInput } from "@/lib/validation/task-changes";
import { loadTaskForChange, saveTaskChange, taskSnapshot } from "./task-changes";

/** Soft delete: the task leaves every list, its ledger and history stay in the database. */
export const deleteTask = defineUseCase({
  name: "task.delete",
  permission: "manage:task",
  input: taskVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    const saved = await saveTaskChange(tx, record, { deletedAt: new Date() }, input);
    await audit({
      entityType: "Task",
      entityId: record.id,
      cityId: record.cityId,
      before: taskSnapshot(record),
      after: { deletedAt: saved.deletedAt?.toISOString() ?? null },
    });
    return { id: record.id, deleted: true as const };
  },
});
