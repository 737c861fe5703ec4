import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { redirectFinding } from "@/lib/server/findings/redirect-finding";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 改派给该检查的另一个责任单位。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await redirectFinding(actor, { ...(await body.json(redirectFinding)), id: params.id })),
);
