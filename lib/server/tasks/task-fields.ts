import { parseBusinessDate } from "@/lib/domain/dates";
import { AppError, invalidInput, type FieldErrors } from "@/lib/errors";
import type { Recurrence } from "@/lib/generated/prisma/enums";
import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";

// What a task's fields must satisfy beyond their shape: the action, departments and criteria
// belong to the task's city, and a one-off task has a deadline. Every problem is reported at once.

export type TaskFields = {
  actionId: string;
  title: string;
  description: string | null;
  target: string | null;
  targetValue: number | null;
  targetUnit: string | null;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  responsiblePerson: string | null;
  deadline: string | null;
  recurrence: Recurrence;
  criterionIds: string[];
};

const add = (errors: FieldErrors, field: string, message: string) => (errors[field] ??= []).push(message);

/** The checked fields; returns the action's plan year, which places a recurring task's occurrences. */
export async function checkTaskFields(tx: Tx, cityId: string, fields: TaskFields): Promise<{ planYear: number }> {
  const errors: FieldErrors = {};
  const action = await tx.planAction.findFirst({
    where: { id: fields.actionId, cityId, deletedAt: null, annualPlan: { deletedAt: null } },
    select: { annualPlan: { select: { year: true } } },
  });
  if (!action) add(errors, "actionId", "所属行动不存在，请重新选择");

  const departmentIds = [fields.leadDepartmentId, ...fields.coDepartmentIds];
  const departments = await tx.department.findMany({
    where: { id: { in: departmentIds }, cityId, deletedAt: null },
    select: { id: true },
  });
  const known = new Set(departments.map(({ id }) => id));
  if (!known.has(fields.leadDepartmentId)) add(errors, "leadDepartmentId", "牵头单位不存在，请重新选择");
  if (fields.coDepartmentIds.some((id) => !known.has(id))) add(errors, "coDepartmentIds", "配合单位不存在，请重新选择");
  if (new Set(fields.coDepartmentIds).size !== fields.coDepartmentIds.length) add(errors, "coDepartmentIds", "配合单位不能重复");
  if (fields.coDepartmentIds.includes(fields.leadDepartmentId)) add(errors, "coDepartmentIds", "配合单位不能包含牵头单位");

  if (fields.criterionIds.length > 0) {
    const cycle = await findCurrentCycle(tx, cityId);
    const criteria = await tx.criterion.findMany({
      where: {
        id: { in: fields.criterionIds },
        OR: [{ cityId }, ...(cycle?.editionId ? [{ editionId: cycle.editionId, cityId: null }] : [])],
      },
      select: { id: true },
    });
    if (criteria.length !== new Set(fields.criterionIds).size) add(errors, "criterionIds", "对应测评标准不属于本市采用的测评体系");
  }

  if (fields.recurrence === "NONE" && !fields.deadline) add(errors, "deadline", "请填写完成时限");
  if (Object.keys(errors).length === 0 && action) return { planYear: action.annualPlan.year };
  // A reference outside the city does not exist for the actor (404, as for any record beyond
  // its scope); the field errors still say which fields, so a form shows them in place.
  const isUnknownReference = !action || !known.has(fields.leadDepartmentId) || fields.coDepartmentIds.some((id) => !known.has(id)) || "criterionIds" in errors;
  if (isUnknownReference) throw new AppError("NOT_FOUND", "所选行动、单位或测评标准不存在或无权访问。", 404, errors);
  throw invalidInput(errors);
}

/** The columns of the Task row the fields fill. */
export function taskColumnsOf(fields: TaskFields) {
  return {
    actionId: fields.actionId,
    title: fields.title,
    description: fields.description,
    target: fields.target,
    targetValue: fields.targetValue === null ? null : String(fields.targetValue),
    targetUnit: fields.targetUnit,
    leadDepartmentId: fields.leadDepartmentId,
    responsiblePerson: fields.responsiblePerson,
    deadline: fields.deadline ? parseBusinessDate(fields.deadline) : null,
    recurrence: fields.recurrence,
  };
}

/** Replaces the task's co-departments and criteria with the given ones. */
export async function replaceTaskLinks(tx: Tx, taskId: string, fields: Pick<TaskFields, "coDepartmentIds" | "criterionIds">) {
  await tx.taskCoDepartment.deleteMany({ where: { taskId } });
  await tx.taskCriterion.deleteMany({ where: { taskId } });
  await tx.taskCoDepartment.createMany({ data: fields.coDepartmentIds.map((departmentId) => ({ taskId, departmentId })) });
  await tx.taskCriterion.createMany({ data: [...new Set(fields.criterionIds)].map((criterionId) => ({ taskId, criterionId })) });
}

/** Optional text from a form or the API: "" and null mean none. */
export const textOrNull = (value: string | null | undefined): string | null => (value === undefined || value === null || value === "" ? null : value);
