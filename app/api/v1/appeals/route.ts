import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listAppeals, parseAppealQuery } from "@/lib/server/appeals/list-appeals";

export const dynamic = "force-dynamic";

/** Appeals in the caller's scope (the office: its city's; a liaison: its department's). */
export const GET = withApi(async ({ actor, request }) => {
  const query = parseAppealQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total } = await listAppeals(actor, query);
  return jsonList(items, total, query);
});
