import type { TableColumn } from "@/lib/domain/tabular-import/read-table";
import type { Recurrence } from "./occurrences";

// The fixed workbook layout of a task list (任务清单), shared by the template, the import and the
// export, so that an exported list imports again as it is.
export const TASK_LIST_SHEET = "任务清单";
export const TASK_LIST_INSTRUCTIONS_SHEET = "填写说明";
export const PLAN_SHEET = "计划";

export const TASK_LIST_COLUMNS = [
  { key: "action", header: "行动" },
  { key: "title", header: "任务名称" },
  { key: "description", header: "任务内容" },
  { key: "target", header: "工作目标" },
  { key: "lead", header: "牵头单位" },
  { key: "co", header: "配合单位" },
  { key: "responsible", header: "责任人" },
  { key: "deadline", header: "完成时限" },
  { key: "recurrence", header: "周期" },
  { key: "criteria", header: "对应测评标准编码" },
] as const satisfies readonly TableColumn<string>[];

export type TaskListField = (typeof TASK_LIST_COLUMNS)[number]["key"];

export const TASK_LIST_WIDTHS: Record<TaskListField, number> = {
  action: 18,
  title: 30,
  description: 40,
  target: 30,
  lead: 16,
  co: 26,
  responsible: 10,
  deadline: 12,
  recurrence: 8,
  criteria: 22,
};

export const RECURRENCE_LABELS: Record<Exclude<Recurrence, "NONE">, string> = { WEEKLY: "每周", MONTHLY: "每月", QUARTERLY: "每季度" };

// What people type for a period besides the labels themselves.
const RECURRENCE_ALIASES: Record<string, Exclude<Recurrence, "NONE">> = {
  每周: "WEEKLY",
  周: "WEEKLY",
  每星期: "WEEKLY",
  weekly: "WEEKLY",
  每月: "MONTHLY",
  月: "MONTHLY",
  每月度: "MONTHLY",
  monthly: "MONTHLY",
  每季度: "QUARTERLY",
  季度: "QUARTERLY",
  每季: "QUARTERLY",
  季: "QUARTERLY",
  quarterly: "QUARTERLY",
};

export function recurrenceOf(text: string): Exclude<Recurrence, "NONE"> | undefined {
  return RECURRENCE_ALIASES[text.replace(/\s+/g, "").toLowerCase()];
}

export const LIMITS = { action: 100, title: 200, description: 2000, target: 500, responsible: 50 } as const;

/** Names and codes in one cell: 、 , ， ; ； or line breaks separate them. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[、,，;；\n\r]+/)
        .map((part) => part.trim())
        .filter(Boolean),
    ),
  ];
}
