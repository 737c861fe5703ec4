import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listPublications, parsePublicationQuery } from "@/lib/server/publications/list-publications";
import { publishPublication } from "@/lib/server/publications/publish-publication";

export const dynamic = "force-dynamic";

/** Publications in the caller's scope, newest first (filters city, kind, scope, periodStart, periodEnd). */
export const GET = withApi(async ({ actor, request }) => {
  const query = parsePublicationQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total } = await listPublications(actor, query);
  return jsonList(items, total, query);
});

/** 发布: 201 with the publication. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await publishPublication(actor, await body.json(publishPublication)), 201));
