import { parsePaging, skipTake } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createReportCategory } from "@/lib/server/report-categories/create-report-category";
import { listReportCategories } from "@/lib/server/report-categories/list-report-categories";

export const dynamic = "force-dynamic";

/** The city's report categories (archived ones included, last), each with its criterion. A city has a handful: paged in memory. */
export const GET = withApi(async ({ actor, request }) => {
  const paging = parsePaging(request.nextUrl.searchParams);
  const all = await listReportCategories(actor);
  const { skip, take } = skipTake(paging);
  return jsonList(all.slice(skip, skip + take), all.length, paging);
});

export const POST = withApi(async ({ actor, body }) => jsonOk(await createReportCategory(actor, await body.json(createReportCategory)), 201));
