import { parseBusinessDate } from "@/lib/domain/dates";
import { occurrencesOfYear } from "@/lib/domain/tasks/occurrences";
import type { TaskListRow } from "@/lib/domain/tasks/task-list-context";
import type { Tx } from "@/lib/server/tx";

// Stays well under PostgreSQL's limit of bind parameters per statement.
const BATCH = 500;

async function inBatches<T>(rows: readonly T[], write: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

type Target = { cityId: string; annualPlanId: string; year: number; actionIds: Map<string, string> };

/**
 * New actions, then the tasks (DRAFT, in file order after the action's existing tasks), their
 * co-departments, criteria and the plan year's occurrences: a handful of batched statements.
 */
export async function writeTaskRows(tx: Tx, rows: readonly TaskListRow[], target: Target) {
  const { cityId, annualPlanId, year, actionIds } = target;
  const newNames = [...new Set(rows.map((row) => row.actionName))].filter((name) => !actionIds.has(name));
  if (newNames.length > 0) {
    const last = await tx.planAction.aggregate({ where: { annualPlanId }, _max: { sortOrder: true } });
    const start = (last._max.sortOrder ?? -1) + 1;
    const created = await tx.planAction.createManyAndReturn({
      data: newNames.map((name, index) => ({ cityId, annualPlanId, name, sortOrder: start + index })),
      select: { id: true, name: true },
    });
    for (const action of created) actionIds.set(action.name, action.id);
  }
  const offsets = await tx.task.groupBy({ by: ["actionId"], where: { actionId: { in: [...actionIds.values()] } }, _max: { sortOrder: true } });
  const offsetOf = new Map(offsets.map((row) => [row.actionId, (row._max.sortOrder ?? -1) + 1]));
  const data = rows.map((row, index) => {
    const actionId = actionIds.get(row.actionName)!;
    return {
      cityId,
      actionId,
      title: row.title,
      description: row.description,
      target: row.target,
      leadDepartmentId: row.leadDepartmentId,
      responsiblePerson: row.responsiblePerson,
      deadline: row.deadline ? parseBusinessDate(row.deadline) : null,
      recurrence: row.recurrence,
      dispatchStatus: "DRAFT" as const,
      sortOrder: (offsetOf.get(actionId) ?? 0) + index,
    };
  });
  // (action, title) is unique within the import, so it finds each row's new id whatever order the database returns.
  const taskIds = new Map<string, string>();
  await inBatches(data, async (batch) => {
    for (const task of await tx.task.createManyAndReturn({ data: batch, select: { id: true, actionId: true, title: true } })) {
      taskIds.set(JSON.stringify([task.actionId, task.title]), task.id);
    }
  });
  const idOf = (row: TaskListRow) => taskIds.get(JSON.stringify([actionIds.get(row.actionName), row.title]))!;
  await inBatches(
    rows.flatMap((row) => row.coDepartments.map((co) => ({ taskId: idOf(row), departmentId: co.id }))),
    (batch) => tx.taskCoDepartment.createMany({ data: batch }),
  );
  await inBatches(
    rows.flatMap((row) => row.criteria.map((criterion) => ({ taskId: idOf(row), criterionId: criterion.id }))),
    (batch) => tx.taskCriterion.createMany({ data: batch }),
  );
  const occurrences = rows.flatMap((row) =>
    occurrencesOfYear(row.recurrence, year).map((period) => ({
      cityId,
      taskId: idOf(row),
      periodStart: parseBusinessDate(period.periodStart),
      periodEnd: parseBusinessDate(period.periodEnd),
      dueDate: parseBusinessDate(period.dueDate),
    })),
  );
  await inBatches(occurrences, (batch) => tx.taskOccurrence.createMany({ data: batch }));
  return { created: rows.length, actionsCreated: newNames.length };
}
