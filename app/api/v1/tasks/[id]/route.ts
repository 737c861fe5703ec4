import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deleteTask } from "@/lib/server/tasks/delete-task";
import { getTaskOrThrow } from "@/lib/server/tasks/get-task-or-throw";
import { updateTask } from "@/lib/server/tasks/update-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getTaskOrThrow(actor, params.id)));

/** The body names the `version` it read; omitted fields keep their values. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) => jsonOk(await updateTask(actor, { ...(await body.json(updateTask)), id: params.id })));

/** Soft delete; `?version=` names the version the caller read. */
export const DELETE = withApi<Params>(async ({ actor, request, params }) => {
  const version = request.nextUrl.searchParams.get("version") ?? undefined;
  return jsonOk(await deleteTask(actor, { id: params.id, version }));
});
