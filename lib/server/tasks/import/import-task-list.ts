import type { Actor } from "@/lib/auth/actor";
import { requireAnnualPlan } from "@/lib/server/plans/find-annual-plan";
import { defineUseCase } from "@/lib/server/use-case";
import { importTaskListInput, type ImportTaskListInput, type TaskImportPreview, type TaskImportResult } from "@/lib/validation/task-import";
import { checkTaskListFile, loadTaskListTarget } from "./analyse-task-list-file";
import { previewTaskImport } from "./preview-task-import";
import { recheckTaskRows } from "./recheck-task-rows";
import { writeTaskRows } from "./write-task-rows";

/**
 * Imports a task list (.xlsx in the template's layout) into an annual plan of the office's city,
 * all or nothing: the plan is found in scope and the whole file checked outside the transaction,
 * which then checks the rows again and holds only the writes.
 */
const taskImport = defineUseCase({
  name: "task.import",
  permission: "manage:task",
  input: importTaskListInput,
  transaction: { timeout: 60_000, maxWait: 15_000 },
  load: async ({ actor, input }) => loadTaskListTarget(actor, input.annualPlanId),
  prepare: async ({ input, loaded }) => checkTaskListFile(input.file, loaded.context),
  run: async ({ tx, input, loaded, prepared: rows, audit }): Promise<TaskImportResult> => {
    const cityId = loaded.annualPlan.cityId;
    const annualPlan = await requireAnnualPlan(tx, cityId, loaded.annualPlan.id);
    const actionIds = await recheckTaskRows(tx, cityId, annualPlan.id, rows);
    const result = await writeTaskRows(tx, rows, { cityId, annualPlanId: annualPlan.id, year: annualPlan.year, actionIds });
    await audit({
      entityType: "AnnualPlan",
      entityId: annualPlan.id,
      cityId,
      after: {
        source: input.file.name,
        year: annualPlan.year,
        tasks: result.created,
        actionsCreated: result.actionsCreated,
        actions: [...new Set(rows.map((row) => row.actionName))],
      },
    });
    return { annualPlanId: annualPlan.id, ...result };
  },
});

/** `dryRun` runs the same checks and previews what would be created; nothing is written. */
export async function importTaskList(actor: Actor, input: ImportTaskListInput & { dryRun: true }): Promise<TaskImportPreview>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput & { dryRun?: false }): Promise<TaskImportResult>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput): Promise<TaskImportPreview | TaskImportResult>;
export async function importTaskList(actor: Actor, input: ImportTaskListInput): Promise<TaskImportPreview | TaskImportResult> {
  if (!input?.dryRun) return taskImport(actor, input);
  const { loaded, prepared } = await taskImport.check(actor, input);
  return previewTaskImport(loaded.annualPlan, loaded.context, prepared);
}
