import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatBusinessDate } from "@/lib/domain/dates";
import { notFound } from "@/lib/errors";
import type { Recurrence } from "@/lib/generated/prisma/enums";
import { taskScopeWhere } from "./task-scope";

export type TaskFormValues = {
  id: string;
  version: number;
  actionId: string;
  title: string;
  description: string | null;
  target: string | null;
  targetValue: string | null;
  targetUnit: string | null;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  responsiblePerson: string | null;
  deadline: string | null;
  recurrence: Recurrence;
  criterionIds: string[];
};

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
