import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { updatePlanAction } from "@/lib/server/plans/update-plan-action";

export const dynamic = "force-dynamic";

/** The body names the `version` it read. */
export const PATCH = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  return jsonOk(await updatePlanAction(actor, { ...(body as object), id: params.id }));
});
