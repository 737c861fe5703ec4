import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { assignRoundInspector } from "@/lib/server/rounds/assign-round-inspector";

export const dynamic = "force-dynamic";

/** `{inspectorId}` (null: any inspector of the city): 200 with the round's site. */
export const PATCH = withApi<{ roundId: string; siteId: string }>(async ({ actor, params, body }) =>
  jsonOk(await assignRoundInspector(actor, { ...(await body.json(assignRoundInspector)), roundId: params.roundId, siteId: params.siteId })),
);
