import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { forbidden, invalidInput } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importTaskListInput, type ImportTaskListInput, type TaskImportPreview, type TaskImportResult } from "@/lib/validation/task-import";
import { analyseTaskListFile } from "./analyse-task-list-file";
import { commitTaskImport } from "./commit-task-import";
import { previewTaskImport } from "./preview-task-import";

/**
 * Imports a task list (.xlsx in the template's layout) into an annual plan of the office's city,
 * all or nothing. `dryRun` checks and previews without a transaction; otherwise the rows are
 * written by the `task.import` use case.
 */
export async function importTaskList(actor: Actor, input: ImportTaskListInput & { dryRun: true }): Promise<TaskImportPreview>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput & { dryRun?: false }): Promise<TaskImportResult>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput): Promise<TaskImportPreview | TaskImportResult>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput): Promise<TaskImportPreview | TaskImportResult> {
  if (actor.mustChangePassword) throw forbidden("请先修改初始密码。");
  assertCan(actor, "manage:task");
  const parsed = importTaskListInput.safeParse(input);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { file, dryRun, annualPlanId } = parsed.data;
  const { annualPlan, context, rows } = await analyseTaskListFile(actor, file, annualPlanId);
  if (dryRun) return previewTaskImport(annualPlan, context, rows);
  return commitTaskImport(actor, { annualPlanId: annualPlan.id, sourceName: file.name, rows });
}
