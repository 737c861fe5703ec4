import { addDays, formatBusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import { deriveTaskStatus } from "@/lib/domain/tasks/task-status";
import type { DailySweep } from "@/lib/server/deadlines/daily-sweep";
import type { Tx } from "@/lib/server/tx";
import { statusFactsOf, taskStatusSelect } from "@/lib/server/tasks/task-row";
import { notifyDepartmentsInBulk, type NotificationDraft } from "./notify";
import { dueSoonNotice, overdueNotice } from "./task-notices";

/** A deadline within this many days from today (both ends included) is "due soon". */
export const DUE_SOON_DAYS = 3;

/**
 * Deadline notifications for one city on `today` (YYYY-MM-DD, Asia/Shanghai): TASK_DUE_SOON for a
 * deadline from today to today+3, TASK_OVERDUE for a deadline before today, and for a recurring
 * task its latest missed occurrence. Only dispatched or acknowledged tasks that are not signed
 * off count. Each notice is keyed by task and due date, so running the sweep again (any number
 * of times, from any process) sends nothing twice. One task query, one membership query and one
 * insert; the daily runner (`lib/server/deadlines/`) runs it once a day per city.
 */
export async function sweepTaskDeadlines(tx: Tx, cityId: string, today: string): Promise<number> {
  const dueSoonUntil = parseBusinessDate(addDays(today, DUE_SOON_DAYS));
  const tasks = await tx.task.findMany({
    where: {
      cityId,
      deletedAt: null,
      completedAt: null,
      dispatchStatus: { in: ["DISPATCHED", "ACKNOWLEDGED"] },
      OR: [
        { deadline: { lte: dueSoonUntil } },
        { recurrence: { not: "NONE" }, occurrences: { some: { dueDate: { lt: parseBusinessDate(today) }, completedAt: null } } },
      ],
    },
    select: { id: true, cityId: true, title: true, leadDepartmentId: true, coDepartments: { select: { departmentId: true } }, ...taskStatusSelect },
  });
  const notices: { departmentIds: string[]; draft: NotificationDraft }[] = [];
  for (const task of tasks) {
    const departmentIds = [task.leadDepartmentId, ...task.coDepartments.map(({ departmentId }) => departmentId)];
    const deadline = task.deadline ? formatBusinessDate(task.deadline) : null;
    if (deadline && deadline < today) {
      notices.push({ departmentIds, draft: overdueNotice(task, deadline, `TASK_OVERDUE:${task.id}:${deadline}`) });
    } else if (deadline && deadline <= addDays(today, DUE_SOON_DAYS)) {
      notices.push({ departmentIds, draft: dueSoonNotice(task, deadline, `TASK_DUE_SOON:${task.id}:${deadline}`) });
    }
    const missed = latestMissedOccurrence(task, today);
    if (missed && missed !== deadline) {
      notices.push({ departmentIds, draft: overdueNotice(task, missed, `TASK_OVERDUE:${task.id}:${missed}`) });
    }
  }
  return notifyDepartmentsInBulk(tx, notices);
}

export const taskDeadlineSweep: DailySweep = { name: "task-deadlines", run: sweepTaskDeadlines };

/** The due date of the latest occurrence the task status rules call missed, if any. */
function latestMissedOccurrence(task: Parameters<typeof statusFactsOf>[0], today: string): string | null {
  if (task.recurrence === "NONE") return null;
  const facts = statusFactsOf(task);
  const missed = facts.occurrences
    .filter((occurrence) => deriveTaskStatus({ ...facts, deadline: null, occurrences: [occurrence] }, today) === "OVERDUE")
    .map((occurrence) => occurrence.dueDate)
    .sort();
  return missed.at(-1) ?? null;
}
