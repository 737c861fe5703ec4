import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { deriveTaskStatus, type TaskStatus } from "@/lib/domain/tasks/task-status";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listTasksQuery, type ListTasksParams, type TaskRow } from "@/lib/validation/tasks";
import { statusFactsOf, taskRowInclude, taskStatusSelect, toTaskRow } from "./task-row";
import { taskScopeWhere, tasksOfDepartmentWhere } from "./task-scope";

const ORDER: Prisma.TaskOrderByWithRelationInput[] = [{ deadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];

/**
 * The live tasks the actor may see, earliest deadline first. `department` means the tasks that
 * department leads or co-owns. The status is derived, so a `status` or `overdue` filter derives it
 * for every task in scope, filters, and only then pages: totals count the filtered tasks.
 */
export async function listTasks(actor: Actor, params: ListTasksParams = {}): Promise<{ items: TaskRow[]; total: number }> {
  const scope = assertCan(actor, "read:task");
  const parsed = listTasksQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { department, action, status, overdue, page, pageSize } = parsed.data;
  const today = todayInShanghai();
  const where: Prisma.TaskWhereInput = {
    AND: [
      taskScopeWhere(actor, scope),
      department ? tasksOfDepartmentWhere(department) : {},
      action ? { actionId: action } : {},
      // Only a signed-off task is COMPLETED, so the sign-off narrows the query before deriving.
      status === "COMPLETED" ? { completedAt: { not: null } } : status || overdue ? { completedAt: null } : {},
    ],
  };
  const skip = (page - 1) * pageSize;
  if (status === undefined && overdue === undefined) {
    const [records, total] = await Promise.all([
      db().task.findMany({ where, include: taskRowInclude, orderBy: ORDER, skip, take: pageSize }),
      db().task.count({ where }),
    ]);
    return { items: records.map((record) => toTaskRow(record, today)), total };
  }
  const wanted = (derived: TaskStatus) =>
    (status === undefined || derived === status) && (overdue === undefined || (derived === "OVERDUE") === overdue);
  const candidates = await db().task.findMany({ where, select: { id: true, ...taskStatusSelect }, orderBy: ORDER });
  const matching = candidates.filter((record) => wanted(deriveTaskStatus(statusFactsOf(record), today))).map(({ id }) => id);
  const pageIds = matching.slice(skip, skip + pageSize);
  const records = await db().task.findMany({ where: { id: { in: pageIds } }, include: taskRowInclude });
  const byId = new Map(records.map((record) => [record.id, record]));
  return { items: pageIds.map((id) => toTaskRow(byId.get(id)!, today)), total: matching.length };
}
