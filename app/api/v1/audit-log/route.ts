import { parsePaging } from "@/lib/api/paging";
import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listAuditEntries } from "@/lib/server/audit/list-audit-entries";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listAuditEntries(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});
