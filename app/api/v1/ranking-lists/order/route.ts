import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { reorderRankingLists } from "@/lib/server/ranking-lists/reorder-ranking-lists";

export const dynamic = "force-dynamic";

/** Every list of the cycle in its new order, each with the version the caller read. */
export const PUT = withApi(async ({ actor, body }) => {
  const items = await reorderRankingLists(actor, await body.json(reorderRankingLists));
  return jsonOk({ items, total: items.length, page: 1, pageSize: Math.max(items.length, 1) });
});
