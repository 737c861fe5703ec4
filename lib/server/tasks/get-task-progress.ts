import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { todayInShanghai } from "@/lib/domain/dates";
import { canAcknowledge } from "@/lib/domain/tasks/dispatch-rules";
import { rollUp, rollUpBy, type ProgressRollup } from "@/lib/domain/tasks/progress-rollup";
import { deriveTaskStatus } from "@/lib/domain/tasks/task-status";
import type { ListTasksParams } from "@/lib/validation/tasks";
import { parseTaskQuery, statusFactsSelect, taskFilterWhere } from "./list-tasks";
import { statusFactsOf } from "./task-row";

type NamedRef = { id: string; name: string };
type Ordered = NamedRef & { sortOrder: number };

export type TaskProgress = {
  overall: ProgressRollup;
  byAction: (ProgressRollup & { action: NamedRef })[];
  /** Per department, counting the tasks it LEADS (co-owned tasks count for their lead only). */
  byDepartment: (ProgressRollup & { department: NamedRef })[];
  /** Dispatched and not yet signed for (已交办未签收), among the same tasks. */
  awaitingAcknowledgement: number;
};

const inOrder = (a: Ordered, b: Ordered) => a.sortOrder - b.sortOrder || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1);
const ref = ({ id, name }: Ordered): NamedRef => ({ id, name });

/**
 * Progress of the tasks in the actor's scope that pass the list filters (paging and sorting are
 * ignored): overall, per action (plan order) and per lead department (department order). Only
 * the status facts are loaded, so it stays cheap for thousands of tasks.
 */
export async function getTaskProgress(actor: Actor, filters: ListTasksParams = {}): Promise<TaskProgress> {
  const scope = assertCan(actor, "read:task");
  const query = parseTaskQuery(filters);
  const today = todayInShanghai();
  const records = await db().task.findMany({
    where: taskFilterWhere(actor, scope, query),
    select: {
      ...statusFactsSelect,
      dispatchStatus: true,
      action: { select: { id: true, name: true, sortOrder: true } },
      leadDepartment: { select: { id: true, name: true, sortOrder: true } },
    },
  });
  const tasks = records
    .map((record) => ({
      action: record.action,
      lead: record.leadDepartment,
      dispatchStatus: record.dispatchStatus,
      status: deriveTaskStatus(statusFactsOf(record), today),
    }))
    .filter(
      (task) => (query.status === undefined || task.status === query.status) && (query.overdue === undefined || (task.status === "OVERDUE") === query.overdue),
    );
  const byAction = rollUpBy(
    [...tasks].sort((a, b) => inOrder(a.action, b.action)),
    (task) => task.action,
    (action) => action.id,
  );
  const byDepartment = rollUpBy(
    [...tasks].sort((a, b) => inOrder(a.lead, b.lead)),
    (task) => task.lead,
    (lead) => lead.id,
  );
  return {
    overall: rollUp(tasks.map((task) => task.status)),
    byAction: byAction.map(({ key, ...rollup }) => ({ action: ref(key), ...rollup })),
    byDepartment: byDepartment.map(({ key, ...rollup }) => ({ department: ref(key), ...rollup })),
    awaitingAcknowledgement: tasks.filter((task) => canAcknowledge(task) && task.status !== "COMPLETED").length,
  };
}
