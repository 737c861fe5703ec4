import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { reopenTask } from "@/lib/server/tasks/reopen-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 撤销完成 by the office; the body names the `version` read. */
export const POST = withApi<Params>(async ({ actor, params, body }) => jsonOk(await reopenTask(actor, { ...(await body.json(reopenTask)), id: params.id })));
