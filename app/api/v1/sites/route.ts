import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createSite } from "@/lib/server/sites/create-site";
import { listSites } from "@/lib/server/sites/list-sites";

export const dynamic = "force-dynamic";

/** Filters `type`, `street`, `grid`, `department`, `q`, `active`; `city` for province and system readers. */
export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listSites(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});

export const POST = withApi(async ({ actor, body }) => jsonOk(await createSite(actor, await body.json(createSite)), 201));
