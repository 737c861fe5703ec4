import { jsonOk } from "@/lib/api/responses";
import { IMPORT_LIMITS } from "@/lib/api/body/upload-limits";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { importTaskList } from "@/lib/server/tasks/import/import-task-list";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importTaskListQuery, type ImportTaskListInput } from "@/lib/validation/task-import";

export const dynamic = "force-dynamic";

/** multipart/form-data with the field `file`; `?dryRun=1` answers the preview and writes nothing. */
export const POST = withApi(async ({ actor, request, body }) => {
  const search = request.nextUrl.searchParams;
  const query = importTaskListQuery.safeParse({ dryRun: search.get("dryRun") ?? undefined, annualPlan: search.get("annualPlan") ?? undefined });
  if (!query.success) throw invalidInput(zodFieldErrors(query.error));
  // The permission first (a liaison's upload is refused unread); a missing file is importTaskList's 422.
  const file = (await body.file("manage:task", IMPORT_LIMITS)) as ImportTaskListInput["file"];
  const annualPlanId = query.data.annualPlan;
  if (query.data.dryRun) return jsonOk(await importTaskList(actor, { file, annualPlanId, dryRun: true }));
  return jsonOk(await importTaskList(actor, { file, annualPlanId, dryRun: false }), 201);
});
