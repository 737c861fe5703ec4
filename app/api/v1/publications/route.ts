import { can } from "@/lib/auth/permissions";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listPublications, parsePublicationQuery } from "@/lib/server/publications/list-publications";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";

export const dynamic = "force-dynamic";

/** Publications in the caller's scope, newest first (filters city, kind, scope, periodStart, periodEnd). */
export const GET = withApi(async ({ actor, request }) => {
  const query = parsePublicationQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total } = await listPublications(actor, query);
  return jsonList(items, total, query);
});

/** 发布: 201 with the publication. A supervisor publishes its province's ranking; the office its city's results. */
export const POST = withApi(async ({ actor, body }) => {
  if (can(actor, "publish:ranking")) return jsonOk(await publishProvincePublication(actor, await body.json(publishProvincePublication)), 201);
  return jsonOk(await publishPublication(actor, await body.json(publishPublication)), 201);
});
