import { parsePaging, skipTake } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";

export const dynamic = "force-dynamic";

// For a signed-in city admin only: a token never manages tokens (403, lib/auth/permissions.ts).

export const GET = withApi(async ({ actor, request }) => {
  const paging = parsePaging(request.nextUrl.searchParams);
  const { skip, take } = skipTake(paging);
  // A city has a handful of tokens: the page is cut from the full list.
  const tokens = await listApiTokens(actor);
  return jsonList(tokens.slice(skip, skip + take), tokens.length, paging);
});

/** The secret is in `token`, this once only; the city keeps its hash. */
export const POST = withApi(async ({ actor, body }) => {
  const { token, row } = await createApiToken(actor, await body.json(createApiToken));
  return jsonOk({ ...row, token }, 201);
});
