import { parsePaging, skipTake } from "@/lib/api/paging";
import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listCities } from "@/lib/server/cities/list-cities";

export const dynamic = "force-dynamic";

// A handful of cities per scope: listed whole by the service and paged here for the envelope.
export const GET = withApi(async ({ actor, request }) => {
  const paging = parsePaging(request.nextUrl.searchParams);
  const cities = await listCities(actor);
  const { skip, take } = skipTake(paging);
  return jsonList(cities.slice(skip, skip + take), cities.length, paging);
});
