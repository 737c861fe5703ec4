import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { updateCycleWeights } from "@/lib/server/city-settings/update-cycle-weights";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The cycle's scorecard and year weights; the body names the `version` it read. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await updateCycleWeights(actor, { ...(await body.json(updateCycleWeights)), cycleId: params.id })),
);
