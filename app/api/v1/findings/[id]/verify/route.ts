import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { verifyFinding } from "@/lib/server/findings/verify-finding";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 审核整改：ACCEPT 销号，RETURN 退回（须填 comment）。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await verifyFinding(actor, { ...(await body.json(verifyFinding)), id: params.id })),
);
