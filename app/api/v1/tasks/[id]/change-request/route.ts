import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { requestTaskChange } from "@/lib/server/tasks/request-task-change";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 申请调整 by the lead department's liaison: `{ version, reason }`. */
export const POST = withApi<Params>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  return jsonOk(await requestTaskChange(actor, { ...(body as object), id: params.id }));
});
