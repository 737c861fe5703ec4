import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { importTaskList } from "@/lib/server/tasks/import/import-task-list";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importTaskListQuery, type ImportTaskListInput } from "@/lib/validation/task-import";

export const dynamic = "force-dynamic";

async function uploadedFile(request: Request) {
  try {
    const file = (await request.formData()).get("file");
    if (file && typeof file === "object") return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    // not multipart: reported like a missing file
  }
  return undefined;
}

/** multipart/form-data with the field `file`; `?dryRun=1` answers the preview and writes nothing. */
export const POST = withApi(async ({ actor, request }) => {
  const search = request.nextUrl.searchParams;
  const query = importTaskListQuery.safeParse({ dryRun: search.get("dryRun") ?? undefined, annualPlan: search.get("annualPlan") ?? undefined });
  if (!query.success) throw invalidInput(zodFieldErrors(query.error));
  // A missing file is importTaskList's 422, after its permission check (403 comes first).
  const file = (await uploadedFile(request)) as ImportTaskListInput["file"];
  const annualPlanId = query.data.annualPlan;
  if (query.data.dryRun) return jsonOk(await importTaskList(actor, { file, annualPlanId, dryRun: true }));
  return jsonOk(await importTaskList(actor, { file, annualPlanId, dryRun: false }), 201);
});
