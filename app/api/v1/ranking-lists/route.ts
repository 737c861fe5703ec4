import { parsePaging, skipTake } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createRankingList } from "@/lib/server/ranking-lists/create-ranking-list";
import { listRankingLists } from "@/lib/server/ranking-lists/list-ranking-lists";

export const dynamic = "force-dynamic";

/** A cycle's lists in their order (`?cycleId=`; the current cycle of the caller's city by default). */
export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items } = await listRankingLists(actor, { cycleId: searchParams.get("cycleId") ?? undefined });
  const { skip, take } = skipTake(paging);
  return jsonList(items.slice(skip, skip + take), items.length, paging);
});

export const POST = withApi(async ({ actor, body }) => jsonOk(await createRankingList(actor, await body.json(createRankingList)), 201));
