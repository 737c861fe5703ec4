import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Scope } from "@/lib/auth/permissions";
import { parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { deriveTaskStatus, type TaskStatus } from "@/lib/domain/tasks/task-status";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listTasksQuery, type ListTasksParams, type TaskRow, type TaskSortKey } from "@/lib/validation/tasks";
import type { z } from "@/lib/validation/zod";
import { statusFactsOf, taskRowInclude, taskStatusSelect, toTaskRow } from "./task-row";
import { taskScopeWhere, tasksOfDepartmentWhere } from "./task-scope";

export type TaskQuery = z.output<typeof listTasksQuery>;
type Order = "asc" | "desc";

const DEFAULT_ORDER: Prisma.TaskOrderByWithRelationInput[] = [{ deadline: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }];

/** Sorting by status puts what needs attention first: overdue, not started, in progress, completed. */
const STATUS_RANK: Record<TaskStatus, number> = { OVERDUE: 0, NOT_STARTED: 1, IN_PROGRESS: 2, COMPLETED: 3 };

/**
 * The status facts only, and of the entries only those that count: the derivation ignores
 * RETURNED entries, and a full list of 5,000 tasks should not carry them.
 */
export const statusFactsSelect = {
  ...taskStatusSelect,
  ledgerEntries: { where: { deletedAt: null, reviewStatus: { not: "RETURNED" } }, select: taskStatusSelect.ledgerEntries.select },
} satisfies Prisma.TaskSelect;

/** The query parameters, validated; bad ones are 422 with Chinese field errors. */
export function parseTaskQuery(params: ListTasksParams): TaskQuery {
  const parsed = listTasksQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * Every filter that SQL can answer, inside the actor's scope. `department` means the tasks that
 * department leads or co-owns; the due window holds a one-off task by its deadline and a
 * recurring one by any occurrence's due date. Only the derived status is left to the caller.
 */
export function taskFilterWhere(actor: Actor, scope: Scope, query: Omit<TaskQuery, "page" | "pageSize">): Prisma.TaskWhereInput {
  const { department, action, status, overdue, criterion, dispatchStatus, pendingReview, q } = query;
  return {
    AND: [
      taskScopeWhere(actor, scope),
      department ? tasksOfDepartmentWhere(department) : {},
      action ? { actionId: action } : {},
      dispatchStatus ? { dispatchStatus } : {},
      pendingReview === true ? { ledgerEntries: { some: { deletedAt: null, reviewStatus: "PENDING" } } } : {},
      pendingReview === false ? { ledgerEntries: { none: { deletedAt: null, reviewStatus: "PENDING" } } } : {},
      q ? { title: containsText(q) } : {},
      criterion ? { criteria: { some: { OR: [{ criterionId: criterion }, { criterion: { code: criterion } }] } } } : {},
      dueWindowWhere(query.dueFrom, query.dueTo),
      // Only a signed-off task is COMPLETED, so the sign-off narrows the query before deriving.
      status === "COMPLETED" ? { completedAt: { not: null } } : status || overdue ? { completedAt: null } : {},
    ],
  };
}

function dueWindowWhere(from: string | undefined, to: string | undefined): Prisma.TaskWhereInput {
  if (!from && !to) return {};
  const range = { ...(from ? { gte: parseBusinessDate(from) } : {}), ...(to ? { lte: parseBusinessDate(to) } : {}) };
  return { OR: [{ deadline: range }, { recurrence: { not: "NONE" }, occurrences: { some: { dueDate: range } } }] };
}

function orderOf(sort: Exclude<TaskSortKey, "status"> | undefined, order: Order): Prisma.TaskOrderByWithRelationInput[] {
  const tiebreak: Prisma.TaskOrderByWithRelationInput = { id: "asc" };
  switch (sort) {
    case undefined:
      return order === "asc" ? DEFAULT_ORDER : [{ deadline: { sort: "desc", nulls: "last" } }, tiebreak];
    case "deadline":
      return [{ deadline: { sort: order, nulls: "last" } }, tiebreak];
    case "title":
      return [{ title: order }, tiebreak];
    case "lead":
      return [{ leadDepartment: { name: order } }, tiebreak];
    case "action":
      return [{ action: { sortOrder: order } }, { action: { name: order } }, { sortOrder: "asc" }, tiebreak];
  }
}

/**
 * The live tasks the actor may see, filtered, sorted (earliest deadline first by default; equal
 * keys by id) and paged. The status is derived, so a status filter or sort selects only the
 * status facts of the tasks that pass the SQL filters, derives, filters or sorts, and then loads
 * the rows of one page: totals count the filtered tasks.
 */
export async function listTasks(actor: Actor, params: ListTasksParams = {}): Promise<{ items: TaskRow[]; total: number }> {
  const scope = assertCan(actor, "read:task");
  const query = parseTaskQuery(params);
  const { status, overdue, sort, page, pageSize } = query;
  const order: Order = query.order ?? "asc";
  const today = todayInShanghai();
  const where = taskFilterWhere(actor, scope, query);
  const skip = (page - 1) * pageSize;
  if (status === undefined && overdue === undefined && sort !== "status") {
    const [records, total] = await Promise.all([
      db().task.findMany({ where, include: taskRowInclude, orderBy: orderOf(sort, order), skip, take: pageSize }),
      db().task.count({ where }),
    ]);
    return { items: records.map((record) => toTaskRow(record, today)), total };
  }
  const wanted = (derived: TaskStatus) => (status === undefined || derived === status) && (overdue === undefined || (derived === "OVERDUE") === overdue);
  const candidates = await db().task.findMany({
    where,
    select: { id: true, ...statusFactsSelect },
    orderBy: sort === "status" ? [{ id: "asc" }] : orderOf(sort, order),
  });
  let matching = candidates.map((record) => ({ id: record.id, status: deriveTaskStatus(statusFactsOf(record), today) })).filter((task) => wanted(task.status));
  if (sort === "status") {
    const sign = order === "asc" ? 1 : -1;
    matching = matching.sort((a, b) => sign * (STATUS_RANK[a.status] - STATUS_RANK[b.status]));
  }
  const pageIds = matching.slice(skip, skip + pageSize).map(({ id }) => id);
  const records = await db().task.findMany({ where: { id: { in: pageIds } }, include: taskRowInclude });
  const byId = new Map(records.map((record) => [record.id, record]));
  return { items: pageIds.map((id) => toTaskRow(byId.get(id)!, today)), total: matching.length };
}
