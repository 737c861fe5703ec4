import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { formatBusinessDate, formatInstant, todayInShanghai } from "@/lib/domain/dates";
import { canAcknowledge } from "@/lib/domain/tasks/dispatch-rules";
import { weekOf } from "@/lib/domain/tasks/shanghai-week";
import { takesLedgerEntries } from "@/lib/domain/tasks/task-rules";
import { deriveTaskStatus, type TaskStatus } from "@/lib/domain/tasks/task-status";
import { forbidden } from "@/lib/errors";
import type { TaskRow } from "@/lib/validation/tasks";
import { statusFactsSelect } from "./list-tasks";
import { statusFactsOf } from "./task-row";
import { taskScopeWhere } from "./task-scope";

export type LiaisonHomeTask = {
  id: string;
  title: string;
  status: TaskStatus;
  dispatchStatus: TaskRow["dispatchStatus"];
  /** The one-off deadline, or for a recurring task the due date of its occurrence this week (else null). */
  dueDate: string | null;
  /** When the office dispatched it, in Asia/Shanghai. */
  dispatchedAt: string | null;
};

export type LiaisonHome = {
  department: { id: string; name: string };
  week: { from: string; to: string };
  dueThisWeek: LiaisonHomeTask[];
  overdue: LiaisonHomeTask[];
  awaitingAcknowledgement: LiaisonHomeTask[];
  returnedEntries: {
    id: string;
    taskId: string;
    taskTitle: string;
    effectiveDate: string;
    text: string;
    reviewComment: string | null;
    returnedAt: string | null;
  }[];
  /** The tasks that take ledger entries now: dispatched, not signed off (QuickEntryForm's props). */
  quickEntryTasks: { id: string; title: string; deadline: string | null }[];
};

const byDue = (a: LiaisonHomeTask, b: LiaisonHomeTask) => (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") || a.title.localeCompare(b.title);

/**
 * A liaison's home (我的部门): its department's tasks (led or co-owned) due this Shanghai week and
 * not completed, the overdue ones, those dispatched and not yet signed for, the department's
 * RETURNED entries awaiting an answer, and the tasks a new entry may go on. Only a liaison has one.
 */
export async function getLiaisonHome(actor: Actor): Promise<LiaisonHome> {
  const scope = assertCan(actor, "read:task");
  if (scope !== "own" || !actor.departmentId) throw forbidden();
  const today = todayInShanghai();
  const week = weekOf(today);
  const [department, records, returned] = await Promise.all([
    db().department.findUniqueOrThrow({ where: { id: actor.departmentId }, select: { id: true, name: true } }),
    db().task.findMany({
      where: taskScopeWhere(actor, scope),
      select: { id: true, title: true, dispatchStatus: true, dispatchedAt: true, ...statusFactsSelect },
      orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    }),
    db().ledgerEntry.findMany({
      where: { departmentId: actor.departmentId, reviewStatus: "RETURNED", deletedAt: null, task: taskScopeWhere(actor, scope) },
      select: { id: true, taskId: true, effectiveDate: true, text: true, reviewComment: true, reviewedAt: true, task: { select: { title: true } } },
      orderBy: [{ reviewedAt: { sort: "desc", nulls: "last" } }, { id: "asc" }],
    }),
  ]);
  const tasks = records.map((record) => {
    const facts = statusFactsOf(record);
    const dueThisWeek = [facts.deadline, ...facts.occurrences.filter((occurrence) => !occurrence.completed).map((occurrence) => occurrence.dueDate)].find(
      (date): date is string => date !== null && date >= week.from && date <= week.to,
    );
    const task: LiaisonHomeTask = {
      id: record.id,
      title: record.title,
      status: deriveTaskStatus(facts, today),
      dispatchStatus: record.dispatchStatus,
      dueDate: dueThisWeek ?? facts.deadline,
      dispatchedAt: record.dispatchedAt ? formatInstant(record.dispatchedAt) : null,
    };
    return { task, isDueThisWeek: dueThisWeek !== undefined, isOpen: record.completedAt === null, deadline: facts.deadline };
  });
  return {
    department,
    week,
    dueThisWeek: tasks
      .filter(({ task, isDueThisWeek }) => isDueThisWeek && task.status !== "COMPLETED")
      .map(({ task }) => task)
      .sort(byDue),
    overdue: tasks.filter(({ task }) => task.status === "OVERDUE").map(({ task }) => task),
    awaitingAcknowledgement: tasks.filter(({ task, isOpen }) => isOpen && canAcknowledge(task)).map(({ task }) => task),
    returnedEntries: returned.map((entry) => ({
      id: entry.id,
      taskId: entry.taskId,
      taskTitle: entry.task.title,
      effectiveDate: formatBusinessDate(entry.effectiveDate),
      text: entry.text,
      reviewComment: entry.reviewComment,
      returnedAt: entry.reviewedAt ? formatInstant(entry.reviewedAt) : null,
    })),
    quickEntryTasks: tasks
      .filter(({ task, isOpen }) => takesLedgerEntries({ dispatchStatus: task.dispatchStatus, isCompleted: !isOpen }))
      .map(({ task, deadline }) => ({ id: task.id, title: task.title, deadline })),
  };
}
