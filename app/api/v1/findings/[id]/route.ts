import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getFindingDetail } from "@/lib/server/findings/get-finding-detail";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** One finding with its timeline and before/after photos. */
export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getFindingDetail(actor, params.id)));
