import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { updateAnnualPlan } from "@/lib/server/plans/update-annual-plan";

export const dynamic = "force-dynamic";

/** The body names the `version` it read. */
export const PATCH = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  return jsonOk(await updateAnnualPlan(actor, { ...(body as object), id: params.id }));
});
