import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { recordRecheck } from "@/lib/server/findings/record-recheck";

export const dynamic = "force-dynamic";

type Params = { roundId: string; findingId: string };

/** 回头看 result for one sampled finding: CONFIRMED, or NOT_FIXED (reopened as 虚假整改). */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await recordRecheck(actor, { ...(await body.json(recordRecheck)), roundId: params.roundId, findingId: params.findingId })),
);
