import type { CellValue } from "@/lib/domain/tabular-import/cell-value";
import type { WriteSheet } from "@/lib/domain/tabular-import/write-workbook";
import type { Recurrence } from "./occurrences";
import { PLAN_SHEET, RECURRENCE_LABELS, TASK_LIST_COLUMNS, TASK_LIST_SHEET, TASK_LIST_WIDTHS } from "./task-list-layout";

/** A task as the 任务清单 sheet shows it: names, not ids. */
export type TaskSheetRow = {
  action: string;
  title: string;
  description: string | null;
  target: string | null;
  lead: string;
  co: readonly string[];
  responsible: string | null;
  /** YYYY-MM-DD */
  deadline: string | null;
  recurrence: Recurrence;
  criteria: readonly string[];
};

function cellsOf(task: TaskSheetRow): CellValue[] {
  return [
    task.action,
    task.title,
    task.description,
    task.target,
    task.lead,
    task.co.join("、") || null,
    task.responsible,
    // A real date cell, so Excel sorts and filters it as one.
    task.deadline ? new Date(`${task.deadline}T00:00:00.000Z`) : null,
    task.recurrence === "NONE" ? null : RECURRENCE_LABELS[task.recurrence],
    task.criteria.join("、") || null,
  ];
}

/** The 任务清单 sheet in the template's layout (the import reads it back as it is). */
export function taskListSheet(tasks: readonly TaskSheetRow[], blankRows = 0): WriteSheet {
  return {
    kind: "table",
    name: TASK_LIST_SHEET,
    columns: TASK_LIST_COLUMNS.map(({ key, header }) => ({
      header,
      width: TASK_LIST_WIDTHS[key],
      ...(key === "recurrence" ? { choices: Object.values(RECURRENCE_LABELS) } : {}),
    })),
    rows: tasks.map(cellsOf),
    blankRows,
  };
}

export type PlanSheetData = {
  cycle: { name: string; years: ReadonlyArray<{ year: number; weight: string }> } | null;
  threeYearPlan: { title: string; summary: string | null } | null;
  annualPlan: { year: number; title: string; summary: string | null };
  actions: ReadonlyArray<{ name: string; description: string | null; taskCount: number }>;
};

/** The 计划 sheet: the cycle, the three-year plan, the annual plan and its actions. */
export function planSheet(plan: PlanSheetData): WriteSheet {
  const weights = plan.cycle?.years.map((year) => `${year.year}年 ${year.weight}`).join("；") ?? null;
  return {
    kind: "rows",
    name: PLAN_SHEET,
    widths: [16, 40, 60, 10],
    boldFirstColumn: true,
    rows: [
      ["创建周期", plan.cycle?.name ?? null, weights ? `年度权重：${weights}` : null],
      ["三年规划", plan.threeYearPlan?.title ?? null, plan.threeYearPlan?.summary ?? null],
      ["年度实施方案", `${plan.annualPlan.year}年 ${plan.annualPlan.title}`, plan.annualPlan.summary],
      [null, null, null],
      ["序号", "行动", "说明", "任务数"],
      ...plan.actions.map((action, index): CellValue[] => [index + 1, action.name, action.description, action.taskCount]),
    ],
  };
}
