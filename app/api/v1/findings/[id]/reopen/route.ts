import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { reopenFinding } from "@/lib/server/findings/reopen-finding";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 重新打开已销号的问题（可标记虚假整改）。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await reopenFinding(actor, { ...(await body.json(reopenFinding)), id: params.id })),
);
