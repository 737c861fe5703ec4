import { canAcknowledge } from "@/lib/domain/tasks/dispatch-rules";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { taskVersionInput } from "@/lib/validation/task-changes";
import { assertLeadLiaison } from "./liaison-task-guard";
import { loadTaskForChange, saveTaskChange, taskSnapshot } from "./task-changes";

/** 签收: the lead department's liaison takes a dispatched task on. */
export const acknowledgeTask = defineUseCase({
  name: "task.acknowledge",
  permission: "acknowledge:task",
  input: taskVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    assertLeadLiaison(actor, record);
    if (!canAcknowledge(record)) throw conflict("该任务当前不是待签收状态，请刷新后查看。");
    const saved = await saveTaskChange(tx, record, { dispatchStatus: "ACKNOWLEDGED", acknowledgedAt: new Date() }, input);
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: record.id, cityId: record.cityId, before: taskSnapshot(record), after });
    return after;
  },
});
