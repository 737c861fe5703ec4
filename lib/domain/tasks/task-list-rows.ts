import { textOf } from "@/lib/domain/tabular-import/cell-value";
import type { ProblemList } from "@/lib/domain/tabular-import/import-problem";
import { findSheet, readTable, type TableRow } from "@/lib/domain/tabular-import/read-table";
import type { WorkbookData } from "@/lib/domain/tabular-import/read-workbook";
import type { TaskListContext, TaskListRow } from "./task-list-context";
import { departmentMatcher } from "./task-list-departments";
import { TASK_LIST_COLUMNS, TASK_LIST_SHEET, type TaskListField } from "./task-list-layout";
import { parseTaskListRow } from "./task-list-row";

export const MAX_TASK_ROWS = 5000;

/**
 * A task already in the file (the later row is the problem) or already in the plan's action
 * (importing the same list twice) is refused, judged on the names as written.
 */
function checkDuplicates(rows: readonly TableRow<TaskListField>[], context: TaskListContext, problems: ProblemList) {
  const existing = new Map(context.actions.map((action) => [action.name, new Set(action.titles)]));
  const seen = new Map<string, number>();
  for (const row of rows) {
    const action = textOf(row.value("action")) ?? "";
    const title = textOf(row.value("title")) ?? "";
    if (!action || !title) continue;
    const key = JSON.stringify([action, title]);
    const first = seen.get(key);
    if (first !== undefined) problems.add(row.locate("title"), `与第 ${first} 行重复：同一行动“${action}”下已有任务“${title}”。`);
    else seen.set(key, row.row);
    if (existing.get(action)?.has(title)) {
      problems.add(row.locate("title"), `行动“${action}”中已有任务“${title}”，请勿重复导入（如需修改，请在任务页面编辑）。`);
    }
  }
}

/** Reads and checks the 任务清单 sheet against the city's plan, departments and criteria: every problem at once. */
export function readTaskListWorkbook(workbook: WorkbookData, context: TaskListContext, problems: ProblemList): TaskListRow[] {
  const sheet = findSheet(workbook.sheets, TASK_LIST_SHEET);
  if (!sheet) {
    problems.add({ sheet: TASK_LIST_SHEET, row: null, column: null }, `缺少工作表“${TASK_LIST_SHEET}”。请使用下载的模板。`);
    return [];
  }
  const rows = readTable(sheet, TASK_LIST_COLUMNS, problems);
  if (rows.length > MAX_TASK_ROWS) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `任务超过 ${MAX_TASK_ROWS} 行，请拆分后导入。`);
    return [];
  }
  if (rows.length === 0 && problems.isEmpty) {
    problems.add({ sheet: sheet.name, row: null, column: null }, `工作表“${sheet.name}”中没有任务。`);
  }
  const match = departmentMatcher(context.departments);
  const parsed = rows.map((row) => parseTaskListRow(row, context, match, problems));
  checkDuplicates(rows, context, problems);
  return parsed.filter((row): row is TaskListRow => row !== undefined);
}
