import type { TaskListContext, TaskListRow } from "@/lib/domain/tasks/task-list-context";
import type { TaskImportPreview } from "@/lib/validation/task-import";

const PREVIEW_ROWS = 20;

/** What an import would create: counts, tasks per action (new actions marked), and the first rows. */
export function previewTaskImport(
  annualPlan: { id: string; year: number; title: string },
  context: TaskListContext,
  rows: readonly TaskListRow[],
): TaskImportPreview {
  const existing = new Set(context.actions.map((action) => action.name));
  const perAction = new Map<string, number>();
  for (const row of rows) perAction.set(row.actionName, (perAction.get(row.actionName) ?? 0) + 1);
  const actions = [...perAction].map(([name, tasks]) => ({ name, isNew: !existing.has(name), tasks }));
  const departments = new Set(rows.flatMap((row) => [row.leadDepartmentId, ...row.coDepartments.map((co) => co.id)]));
  const newActionNames = actions.filter((action) => action.isNew).map((action) => action.name);
  return {
    annualPlan: { id: annualPlan.id, year: annualPlan.year, title: annualPlan.title },
    counts: { tasks: rows.length, newActions: newActionNames.length, departments: departments.size },
    actions,
    newActionNames,
    rows: rows.slice(0, PREVIEW_ROWS).map((row) => ({
      row: row.row,
      action: row.actionName,
      isNewAction: !existing.has(row.actionName),
      title: row.title,
      leadDepartment: row.leadDepartmentName,
      coDepartments: row.coDepartments.map((co) => co.name),
      responsiblePerson: row.responsiblePerson,
      deadline: row.deadline,
      recurrence: row.recurrence,
      criteria: row.criteria.map((criterion) => criterion.code),
    })),
  };
}
