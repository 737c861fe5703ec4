import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { closeRound } from "@/lib/server/rounds/close-round";

export const dynamic = "force-dynamic";

/** No body: 200 with the round. */
export const POST = withApi<{ roundId: string }>(async ({ actor, params }) => jsonOk(await closeRound(actor, { id: params.roundId })));
