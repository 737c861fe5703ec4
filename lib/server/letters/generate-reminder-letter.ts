import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { conflict, notFound } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";
import { overdueTasksOfDepartment } from "./overdue-tasks-of-department";
import { renderReminderLetter } from "./reminder-letter-document";

/** Days the department is given to report its rectification. */
const REPLY_WITHIN_DAYS = 7;

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export type ReminderLetterFile = { bytes: Buffer; fileName: string; asciiFileName: string; contentType: string; taskIds: string[] };

/**
 * 提醒函: a Word letter to one department of the office's city listing the tasks it leads that
 * are overdue. Generating it is recorded in the department's history (audit entityType
 * Department), so the office can later see when a department was formally reminded.
 */
export const generateReminderLetter = defineUseCase({
  name: "department.reminder-letter",
  permission: "manage:task",
  input: z.object({ departmentId: idSchema }),
  run: async ({ tx, actor, input, audit }): Promise<ReminderLetterFile> => {
    const cityId = requireCityId(actor);
    const department = await tx.department.findFirst({
      where: { id: input.departmentId, cityId, deletedAt: null },
      select: { id: true, name: true, city: { select: { name: true } } },
    });
    if (!department) throw notFound("单位");
    const today = todayInShanghai();
    const tasks = await overdueTasksOfDepartment(tx, department.id, today);
    if (tasks.length === 0) throw conflict("该单位没有逾期任务");
    const latestPlan = [...tasks].sort((a, b) => b.planYear - a.planYear)[0];
    const bytes = await renderReminderLetter({
      departmentName: department.name,
      cityName: department.city.name,
      planTitle: latestPlan.planTitle,
      today,
      replyBy: addDays(today, REPLY_WITHIN_DAYS),
      tasks,
    });
    const taskIds = tasks.map(({ id }) => id);
    await audit({ entityType: "Department", entityId: department.id, cityId, before: null, after: { taskIds, count: taskIds.length } });
    return {
      bytes,
      fileName: `提醒函-${department.name}-${today}.docx`,
      asciiFileName: `reminder-letter-${today}.docx`,
      contentType: DOCX_CONTENT_TYPE,
      taskIds,
    };
  },
});
