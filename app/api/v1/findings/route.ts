import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listFindings, parseFindingQuery } from "@/lib/server/findings/list-findings";

export const dynamic = "force-dynamic";

/** Findings in the caller's scope (a liaison: its department's), filtered; withdrawn ones only by status. */
export const GET = withApi(async ({ actor, request }) => {
  const query = parseFindingQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total } = await listFindings(actor, query);
  return jsonList(items, total, query);
});
