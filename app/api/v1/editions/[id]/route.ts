import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getEditionOrThrow } from "@/lib/server/indicators/get-edition-or-throw";

export const dynamic = "force-dynamic";

/** The tree; `?cityId=` adds that city's local criteria. */
export const GET = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const cityId = request.nextUrl.searchParams.get("cityId") ?? undefined;
  return jsonOk(await getEditionOrThrow(actor, params.id, { cityId }));
});
