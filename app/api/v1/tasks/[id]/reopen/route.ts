import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { reopenTask } from "@/lib/server/tasks/reopen-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 撤销完成 by the office; the body names the `version` read. */
export const POST = withApi<Params>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  return jsonOk(await reopenTask(actor, { ...(body as object), id: params.id }));
});
