import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { updateThreeYearPlan } from "@/lib/server/plans/update-three-year-plan";

export const dynamic = "force-dynamic";

/** The body names the `version` it read. */
export const PATCH = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await updateThreeYearPlan(actor, { ...(await body.json(updateThreeYearPlan)), id: params.id })),
);
