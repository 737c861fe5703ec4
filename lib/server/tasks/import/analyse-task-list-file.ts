import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ImportFile } from "@/lib/domain/tabular-import/detect-file-kind";
import { importInvalid } from "@/lib/domain/tabular-import/import-problem";
import type { TaskListContext } from "@/lib/domain/tasks/task-list-context";
import { parseTaskListFile } from "@/lib/domain/tasks/task-list-file";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { requireAnnualPlan } from "@/lib/server/plans/find-annual-plan";
import { loadTaskListContext } from "./load-task-list-context";

/** The annual plan a list goes into (the office's city; 404 for another's) and what its rows are checked against. */
export async function loadTaskListTarget(actor: Actor, annualPlanId?: string) {
  const cityId = requireCityId(actor);
  const annualPlan = await requireAnnualPlan(db(), cityId, annualPlanId);
  const context = await loadTaskListContext(db(), cityId, annualPlan.id);
  return { annualPlan, context };
}

/**
 * Reads and checks the whole file against the city, outside any transaction: every problem at
 * once (422 IMPORT_INVALID), else the rows ready to write.
 */
export async function checkTaskListFile(file: ImportFile, context: TaskListContext) {
  const { rows, problems, isReadable } = await parseTaskListFile(file, context);
  // A file that cannot be read at all (an .xls, say) has one problem whose message says it all.
  if (!isReadable) throw importInvalid(problems.list(), problems.list()[0]?.message);
  if (!problems.isEmpty) throw importInvalid(problems.list());
  return rows;
}
