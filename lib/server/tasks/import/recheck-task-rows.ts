import type { TaskListRow } from "@/lib/domain/tasks/task-list-context";
import { importInvalid, type ImportProblem } from "@/lib/domain/tabular-import/import-problem";
import { TASK_LIST_SHEET } from "@/lib/domain/tasks/task-list-layout";
import type { Tx } from "@/lib/server/tx";
import { loadTaskListContext } from "./load-task-list-context";

/**
 * What may have changed since the file was checked (a department deleted, the same list imported
 * by a colleague): the rows are checked again inside the transaction, and refused the same way.
 * The ids of the plan's actions by name, for the write.
 */
export async function recheckTaskRows(tx: Tx, cityId: string, annualPlanId: string, rows: readonly TaskListRow[]) {
  const context = await loadTaskListContext(tx, cityId, annualPlanId);
  const departments = new Set(context.departments.map((department) => department.id));
  const criteria = new Set(context.criteria?.values() ?? []);
  const titles = new Map(context.actions.map((action) => [action.name, new Set(action.titles)]));
  const problems: ImportProblem[] = [];
  const at = (row: TaskListRow, column: string, message: string) => problems.push({ sheet: TASK_LIST_SHEET, row: row.row, column, message });
  for (const row of rows) {
    if (titles.get(row.actionName)?.has(row.title)) at(row, "任务名称", `行动“${row.actionName}”中已有任务“${row.title}”，请勿重复导入。`);
    for (const department of [{ id: row.leadDepartmentId, name: row.leadDepartmentName }, ...row.coDepartments]) {
      if (!departments.has(department.id))
        at(row, department.id === row.leadDepartmentId ? "牵头单位" : "配合单位", `单位“${department.name}”已不在本市单位名单中。`);
    }
    for (const criterion of row.criteria) if (!criteria.has(criterion.id)) at(row, "对应测评标准编码", `测评标准编码“${criterion.code}”已不在本市测评体系中。`);
  }
  if (problems.length > 0) throw importInvalid(problems);
  return new Map(context.actions.map((action) => [action.name, action.id]));
}
