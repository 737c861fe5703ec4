import { parsePaging } from "@/lib/api/paging";
import { corsPreflight } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonList } from "@/lib/api/responses";
import { listPublicCities } from "@/lib/server/public/list-public-cities";

export const dynamic = "force-dynamic";

/** The nominated cities with their latest published city score and when. */
export const GET = withPublicApi(async ({ request }) => {
  const paging = parsePaging(request.nextUrl.searchParams);
  const cities = await listPublicCities();
  const start = (paging.page - 1) * paging.pageSize;
  return jsonList(cities.slice(start, start + paging.pageSize), cities.length, paging);
});

export const OPTIONS = corsPreflight;
