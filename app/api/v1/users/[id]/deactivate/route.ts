import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { deactivateUser } from "@/lib/server/users/deactivate-user";

export const dynamic = "force-dynamic";

/** The body names the `version` the caller read. */
export const POST = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  return jsonOk(await deactivateUser(actor, { ...(body as object), id: params.id }));
});
