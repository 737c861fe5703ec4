import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { reopenRound } from "@/lib/server/rounds/reopen-round";

export const dynamic = "force-dynamic";

/** `{reason}`: 200 with the round, 409 once it is published. */
export const POST = withApi<{ roundId: string }>(async ({ actor, params, body }) =>
  jsonOk(await reopenRound(actor, { ...(await body.json(reopenRound)), id: params.roundId })),
);
