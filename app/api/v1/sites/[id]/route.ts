import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deactivateSite } from "@/lib/server/sites/deactivate-site";
import { getSiteOrThrow } from "@/lib/server/sites/get-site-or-throw";
import { updateSite } from "@/lib/server/sites/update-site";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getSiteOrThrow(actor, params.id)));

/** The body names the `version` it read; omitted fields keep their values. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) => jsonOk(await updateSite(actor, { ...(await body.json(updateSite)), id: params.id })));

/** Deactivates (soft); `?version=` names the version the caller read. */
export const DELETE = withApi<Params>(async ({ actor, request, params }) => {
  const version = request.nextUrl.searchParams.get("version") ?? undefined;
  return jsonOk(await deactivateSite(actor, { id: params.id, version }));
});
