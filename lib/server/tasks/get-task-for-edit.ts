import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatBusinessDate } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import type { TaskFields } from "./task-fields";
import { taskScopeWhere } from "./task-scope";

/** The task's fields as the form edits them (the target value as typed text), with its id and version. */
export type TaskFormValues = Omit<TaskFields, "targetValue"> & { id: string; version: number; targetValue: string | null };

/** A task as the edit form shows it: ids, not names; only for those who may change it. */
export async function getTaskForEdit(actor: Actor, id: string): Promise<TaskFormValues> {
  const scope = assertCan(actor, "manage:task");
  const record = await db().task.findFirst({
    where: { AND: [{ id }, taskScopeWhere(actor, scope)] },
    include: { coDepartments: { select: { departmentId: true } }, criteria: { select: { criterionId: true } } },
  });
  if (!record) throw notFound("任务");
  return {
    id: record.id,
    version: record.version,
    actionId: record.actionId,
    title: record.title,
    description: record.description,
    target: record.target,
    targetValue: record.targetValue === null ? null : record.targetValue.toString(),
    targetUnit: record.targetUnit,
    leadDepartmentId: record.leadDepartmentId,
    coDepartmentIds: record.coDepartments.map(({ departmentId }) => departmentId),
    responsiblePerson: record.responsiblePerson,
    deadline: record.deadline ? formatBusinessDate(record.deadline) : null,
    recurrence: record.recurrence,
    criterionIds: record.criteria.map(({ criterionId }) => criterionId),
  };
}
