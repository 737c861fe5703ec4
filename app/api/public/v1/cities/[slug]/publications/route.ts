import { parsePaging } from "@/lib/api/paging";
import { corsPreflight } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonList } from "@/lib/api/responses";
import { listPublicCityPublications } from "@/lib/server/public/list-public-city-publications";

export const dynamic = "force-dynamic";

/** A city's publications, newest first; superseded ones stay listed, marked with their correction. */
export const GET = withPublicApi<{ slug: string }>(async ({ request, params }) => {
  const page = await listPublicCityPublications(params.slug, parsePaging(request.nextUrl.searchParams));
  return jsonList(page.items, page.total, page);
});

export const OPTIONS = corsPreflight;
