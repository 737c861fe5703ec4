import { formatBusinessDate } from "@/lib/domain/dates";
import { isWithDepartments } from "@/lib/domain/tasks/dispatch-rules";
import { conflict } from "@/lib/errors";
import { dispatchedNotice } from "@/lib/server/notifications/task-notices";
import { notifyDepartments } from "@/lib/server/notifications/notify";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { updateTaskInput } from "@/lib/validation/task-changes";
import { loadTaskForChange, saveTaskChange, taskChangeInclude, taskSnapshot } from "./task-changes";
import { checkTaskFields, replaceTaskLinks, taskColumnsOf, textOrNull, type TaskFields } from "./task-fields";
import { regenerateOccurrences } from "./task-occurrences";

const keep = <T>(value: T | undefined, stored: T): T => (value === undefined ? stored : value);

/**
 * Edits a task; an omitted field keeps its value. A changed recurrence (or a move to an action
 * of another plan year) regenerates the occurrences that hold no ledger entries and no sign-off.
 */
export const updateTask = defineUseCase({
  name: "task.update",
  permission: "manage:task",
  input: updateTaskInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const record = await loadTaskForChange(tx, actor, scope, input);
    const before = taskSnapshot(record);
    const fields: TaskFields = {
      actionId: keep(input.actionId, record.actionId),
      title: keep(input.title, record.title),
      description: input.description === undefined ? record.description : textOrNull(input.description),
      target: input.target === undefined ? record.target : textOrNull(input.target),
      targetValue: input.targetValue === undefined ? (record.targetValue === null ? null : Number(record.targetValue)) : input.targetValue,
      targetUnit: input.targetUnit === undefined ? record.targetUnit : textOrNull(input.targetUnit),
      leadDepartmentId: keep(input.leadDepartmentId, record.leadDepartmentId),
      coDepartmentIds: keep(
        input.coDepartmentIds,
        record.coDepartments.map(({ department }) => department.id),
      ),
      responsiblePerson: input.responsiblePerson === undefined ? record.responsiblePerson : textOrNull(input.responsiblePerson),
      deadline: input.deadline === undefined ? (record.deadline ? formatBusinessDate(record.deadline) : null) : textOrNull(input.deadline),
      recurrence: keep(input.recurrence, record.recurrence),
      criterionIds: input.criterionIds ?? (await tx.taskCriterion.findMany({ where: { taskId: record.id } })).map(({ criterionId }) => criterionId),
    };
    const { planYear } = await checkTaskFields(tx, record.cityId, fields);
    if (record.completedAt && fields.leadDepartmentId !== record.leadDepartmentId) {
      throw conflict("该任务已确认完成，请先撤销完成再更换牵头单位。");
    }
    await saveTaskChange(tx, record, taskColumnsOf(fields), input);
    await replaceTaskLinks(tx, record.id, fields);
    if (fields.recurrence !== record.recurrence || planYear !== record.action.annualPlan.year) {
      await regenerateOccurrences(tx, record, fields.recurrence, planYear);
    }
    await handOverIfDispatched(tx, record, fields);
    const saved = await tx.task.findUniqueOrThrow({ where: { id: record.id }, include: taskChangeInclude });
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: record.id, cityId: record.cityId, before, after });
    return after;
  },
});

type DispatchedRecord = Awaited<ReturnType<typeof loadTaskForChange>>;

/**
 * A task already with its departments (交办 or 签收) that is handed to other departments reaches
 * them as a dispatch: the departments new to it are notified, and a new lead signs for it itself.
 */
async function handOverIfDispatched(tx: Tx, record: DispatchedRecord, fields: TaskFields) {
  if (!isWithDepartments(record.dispatchStatus)) return;
  const before = new Set([record.leadDepartmentId, ...record.coDepartments.map(({ department }) => department.id)]);
  const newcomers = [fields.leadDepartmentId, ...fields.coDepartmentIds].filter((id) => !before.has(id));
  if (fields.leadDepartmentId !== record.leadDepartmentId && record.dispatchStatus === "ACKNOWLEDGED") {
    await tx.task.update({ where: { id: record.id }, data: { dispatchStatus: "DISPATCHED", acknowledgedAt: null } });
  }
  if (newcomers.length === 0) return;
  const notice = { id: record.id, cityId: record.cityId, title: fields.title, leadDepartmentId: fields.leadDepartmentId, coDepartments: [] };
  await notifyDepartments(tx, newcomers, dispatchedNotice(notice, fields.deadline, new Date()));
}
