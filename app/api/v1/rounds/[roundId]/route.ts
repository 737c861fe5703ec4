import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";

export const dynamic = "force-dynamic";

/** One round with its sites (inspector, progress), criteria, drawn list and re-check items. */
export const GET = withApi<{ roundId: string }>(async ({ actor, params }) => jsonOk(await getRoundDetail(actor, params.roundId)));
