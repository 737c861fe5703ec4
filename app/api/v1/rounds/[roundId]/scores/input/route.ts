import { withApi } from "@/lib/api/with-api";
import { jsonOk } from "@/lib/api/responses";
import { getRoundScoreInput } from "@/lib/server/scoring/get-round-scores";

export const dynamic = "force-dynamic";

export const GET = withApi<{ roundId: string }>(async ({ actor, params }) => jsonOk(await getRoundScoreInput(actor, params.roundId)));
