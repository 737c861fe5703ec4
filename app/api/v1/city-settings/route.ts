import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getCitySettings } from "@/lib/server/city-settings/get-city-settings";
import { updateCitySettings } from "@/lib/server/city-settings/update-city-settings";

export const dynamic = "force-dynamic";

/** The caller's city (or `?cityId=` within its scope): settings and the current cycle's weights. */
export const GET = withApi(async ({ actor, request }) =>
  jsonOk(await getCitySettings(actor, { cityId: request.nextUrl.searchParams.get("cityId") ?? undefined })),
);

/** The body names the `version` it read; `cityId` defaults to the caller's city; omitted fields keep their values. */
export const PATCH = withApi(async ({ actor, body }) => {
  const input = await body.json(updateCitySettings);
  return jsonOk(await updateCitySettings(actor, { cityId: actor.cityId ?? undefined, ...input }));
});
