import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { signOffTask } from "@/lib/server/tasks/sign-off-task";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 确认完成 by the office; the body names the `version` read. */
export const POST = withApi<Params>(async ({ actor, params, body }) => jsonOk(await signOffTask(actor, { ...(await body.json(signOffTask)), id: params.id })));
