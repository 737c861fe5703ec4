import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { acknowledgeTask } from "@/lib/server/tasks/acknowledge-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 签收 by the lead department's liaison; the body names the `version` read. */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await acknowledgeTask(actor, { ...(await body.json(acknowledgeTask)), id: params.id })),
);
