import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { updateAnnualPlan } from "@/lib/server/plans/update-annual-plan";

export const dynamic = "force-dynamic";

/** The body names the `version` it read. */
export const PATCH = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await updateAnnualPlan(actor, { ...(await body.json(updateAnnualPlan)), id: params.id })),
);
