import { isWithDepartments } from "@/lib/domain/tasks/dispatch-rules";
import { conflict } from "@/lib/errors";
import { notifyUsers, officeUserIdsOf } from "@/lib/server/notifications/notify";
import { changeRequestedNotice } from "@/lib/server/notifications/task-notices";
import { defineUseCase } from "@/lib/server/use-case";
import { taskChangeRequestInput } from "@/lib/validation/task-changes";
import { assertLeadLiaison } from "./liaison-task-guard";
import { loadTaskForChange, saveTaskChange, taskSnapshot } from "./task-changes";

/** 申请调整: the lead department's liaison sends a task back to the office with a reason; the office is notified. */
export const requestTaskChange = defineUseCase({
  name: "task.request-change",
  permission: "acknowledge:task",
  input: taskChangeRequestInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    assertLeadLiaison(actor, record);
    if (!isWithDepartments(record.dispatchStatus)) {
      throw conflict("只有已交办或已签收的任务可以申请调整。");
    }
    if (record.completedAt) throw conflict("该任务已确认完成，不能申请调整。");
    const requestedAt = new Date();
    const saved = await saveTaskChange(
      tx,
      record,
      {
        dispatchStatus: "CHANGE_REQUESTED",
        changeReason: input.reason,
        changeRequestedAt: requestedAt,
      },
      input,
    );
    await notifyUsers(tx, await officeUserIdsOf(tx, record.cityId), changeRequestedNotice(record, input.reason, requestedAt));
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: record.id, cityId: record.cityId, before: taskSnapshot(record), after });
    return after;
  },
});
