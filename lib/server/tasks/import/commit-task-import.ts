import type { TaskListRow } from "@/lib/domain/tasks/task-list-context";
import { importInvalid, type ImportProblem } from "@/lib/domain/tabular-import/import-problem";
import { TASK_LIST_SHEET } from "@/lib/domain/tasks/task-list-layout";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { requireAnnualPlan } from "@/lib/server/plans/find-annual-plan";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { commitTaskImportInput } from "@/lib/validation/task-import";
import { loadTaskListContext } from "./load-task-list-context";
import { writeTaskRows } from "./write-task-rows";

/**
 * What may have changed since the file was checked (a department deleted, the same list imported
 * by a colleague): the rows are checked again inside the transaction, and refused the same way.
 */
async function recheck(tx: Tx, cityId: string, annualPlanId: string, rows: readonly TaskListRow[]) {
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

/**
 * Writes a checked task list into an annual plan of the actor's city, all or nothing. The file
 * was read and checked before (analyseTaskListFile), so the transaction holds only the writes.
 */
export const commitTaskImport = defineUseCase({
  name: "task.import",
  permission: "manage:task",
  input: commitTaskImportInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  run: async ({ tx, actor, input: { annualPlanId, sourceName, rows }, audit }) => {
    const cityId = requireCityId(actor);
    const annualPlan = await requireAnnualPlan(tx, cityId, annualPlanId);
    const actionIds = await recheck(tx, cityId, annualPlan.id, rows);
    const result = await writeTaskRows(tx, rows, { cityId, annualPlanId: annualPlan.id, year: annualPlan.year, actionIds });
    await audit({
      entityType: "AnnualPlan",
      entityId: annualPlan.id,
      cityId,
      after: {
        source: sourceName,
        year: annualPlan.year,
        tasks: result.created,
        actionsCreated: result.actionsCreated,
        actions: [...new Set(rows.map((row) => row.actionName))],
      },
    });
    return { annualPlanId: annualPlan.id, ...result };
  },
});
