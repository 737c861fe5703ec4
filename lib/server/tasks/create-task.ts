import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { createTaskInput } from "@/lib/validation/task-changes";
import { taskChangeInclude, taskSnapshot } from "./task-changes";
import { checkTaskFields, replaceTaskLinks, taskColumnsOf, textOrNull, type TaskFields } from "./task-fields";
import { regenerateOccurrences } from "./task-occurrences";

/** A new task of the office's city, as a draft (草稿) until it is dispatched. */
export const createTask = defineUseCase({
  name: "task.create",
  permission: "manage:task",
  input: createTaskInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const fields: TaskFields = {
      actionId: input.actionId,
      title: input.title,
      description: textOrNull(input.description),
      target: textOrNull(input.target),
      targetValue: input.targetValue ?? null,
      targetUnit: textOrNull(input.targetUnit),
      leadDepartmentId: input.leadDepartmentId,
      coDepartmentIds: input.coDepartmentIds,
      responsiblePerson: textOrNull(input.responsiblePerson),
      deadline: textOrNull(input.deadline),
      recurrence: input.recurrence,
      criterionIds: input.criterionIds,
    };
    const { planYear } = await checkTaskFields(tx, cityId, fields);
    const last = await tx.task.findFirst({ where: { actionId: fields.actionId }, orderBy: { sortOrder: "desc" }, select: { sortOrder: true } });
    const created = await tx.task.create({
      data: { ...taskColumnsOf(fields), cityId, dispatchStatus: "DRAFT", sortOrder: (last?.sortOrder ?? -1) + 1 },
    });
    await replaceTaskLinks(tx, created.id, fields);
    await regenerateOccurrences(tx, created, fields.recurrence, planYear);
    const saved = await tx.task.findUniqueOrThrow({ where: { id: created.id }, include: taskChangeInclude });
    const after = taskSnapshot(saved);
    await audit({ entityType: "Task", entityId: saved.id, cityId, before: null, after });
    return after;
  },
});
