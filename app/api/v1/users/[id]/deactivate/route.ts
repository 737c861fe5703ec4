import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deactivateUser } from "@/lib/server/users/deactivate-user";

export const dynamic = "force-dynamic";

/** The body names the `version` the caller read. */
export const POST = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await deactivateUser(actor, { ...(await body.json(deactivateUser)), id: params.id })),
);
