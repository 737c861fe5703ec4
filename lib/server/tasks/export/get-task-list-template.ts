import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { XLSX_CONTENT_TYPE } from "@/lib/domain/tabular-import/content-disposition";
import { writeWorkbook } from "@/lib/domain/tabular-import/write-workbook";
import { taskListTemplateSheets } from "@/lib/domain/tasks/task-workbook-template";

/** The empty task-list template with its instructions, for anyone who may import task lists. */
export async function getTaskListTemplate(actor: Actor) {
  assertCan(actor, "manage:task");
  return {
    bytes: await writeWorkbook(taskListTemplateSheets()),
    fileName: "任务清单导入模板.xlsx",
    asciiFileName: "task-list-template.xlsx",
    contentType: XLSX_CONTENT_TYPE,
  };
}
