import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createRound } from "@/lib/server/rounds/create-round";
import { listRounds } from "@/lib/server/rounds/list-rounds";

export const dynamic = "force-dynamic";

/** 督查轮次 in the caller's scope; filters `status`, `kind`, `from`/`to` (period). */
export const GET = withApi(async ({ actor, request }) => {
  const result = await listRounds(actor, Object.fromEntries(request.nextUrl.searchParams));
  return jsonList(result.items, result.total, result);
});

/** 新建督查轮次 (office; an inspector when the city allows it): 201 with the round. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await createRound(actor, await body.json(createRound)), 201));
