import { formatBusinessDate } from "@/lib/domain/dates";
import { deriveTaskStatus } from "@/lib/domain/tasks/task-status";
import { statusFactsOf, taskStatusSelect } from "@/lib/server/tasks/task-row";
import type { Tx } from "@/lib/server/tx";
import { daysBetween } from "./chinese-date";

export type OverdueTask = {
  id: string;
  title: string;
  actionName: string;
  planTitle: string;
  planYear: number;
  /** The deadline passed, or for a recurring task its earliest missed occurrence's due date. */
  dueDate: string;
  daysOverdue: number;
};

/** The live tasks a department leads whose derived status is OVERDUE on `today`, earliest due first. */
export async function overdueTasksOfDepartment(tx: Tx, departmentId: string, today: string): Promise<OverdueTask[]> {
  const records = await tx.task.findMany({
    where: { leadDepartmentId: departmentId, deletedAt: null, completedAt: null },
    select: {
      id: true,
      title: true,
      sortOrder: true,
      action: { select: { name: true, sortOrder: true, annualPlan: { select: { title: true, year: true } } } },
      ...taskStatusSelect,
    },
    orderBy: [{ deadline: { sort: "asc", nulls: "last" } }, { sortOrder: "asc" }, { id: "asc" }],
  });
  const overdue: OverdueTask[] = [];
  for (const record of records) {
    const facts = statusFactsOf(record);
    if (deriveTaskStatus(facts, today) !== "OVERDUE") continue;
    const missed = facts.occurrences
      .filter((occurrence) => deriveTaskStatus({ ...facts, deadline: null, occurrences: [occurrence] }, today) === "OVERDUE")
      .map((occurrence) => occurrence.dueDate);
    const deadline = record.deadline ? formatBusinessDate(record.deadline) : null;
    const dueDate = [...(deadline && deadline < today ? [deadline] : []), ...missed].sort()[0];
    overdue.push({
      id: record.id,
      title: record.title,
      actionName: record.action.name,
      planTitle: record.action.annualPlan.title,
      planYear: record.action.annualPlan.year,
      dueDate,
      daysOverdue: daysBetween(dueDate, today),
    });
  }
  return overdue.sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
