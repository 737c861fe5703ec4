import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listCitizenReports, parseCitizenReportQuery } from "@/lib/server/citizen-reports/list-citizen-reports";

export const dynamic = "force-dynamic";

/** 随手拍 queue of the office's city (`status` filters); photos through /api/v1/evidence, contacts for the office only. */
export const GET = withApi(async ({ actor, request }) => {
  const query = parseCitizenReportQuery(Object.fromEntries(request.nextUrl.searchParams));
  const { items, total } = await listCitizenReports(actor, query);
  return jsonList(items, total, query);
});
