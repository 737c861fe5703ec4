import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { requestTaskChange } from "@/lib/server/tasks/request-task-change";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 申请调整 by the lead department's liaison: `{ version, reason }`. */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await requestTaskChange(actor, { ...(await body.json(requestTaskChange)), id: params.id })),
);
