import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deletePlanAction } from "@/lib/server/plans/delete-plan-action";
import { updatePlanAction } from "@/lib/server/plans/update-plan-action";

export const dynamic = "force-dynamic";

/** The body names the `version` it read. */
export const PATCH = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await updatePlanAction(actor, { ...(await body.json(updatePlanAction)), id: params.id })),
);

/** Soft delete of an action with no live task (409 otherwise); `?version=` names the version read. */
export const DELETE = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const version = request.nextUrl.searchParams.get("version") ?? undefined;
  return jsonOk(await deletePlanAction(actor, { id: params.id, version }));
});
