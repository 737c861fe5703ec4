import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { exportTaskList } from "@/lib/server/tasks/export/export-task-list";

export const dynamic = "force-dynamic";

/** `?annualPlan=` (default: the current annual plan), `?city=` for province and system readers. */
export const GET = withApi(async ({ actor, request }) => {
  const search = request.nextUrl.searchParams;
  const file = await exportTaskList(actor, { annualPlan: search.get("annualPlan") ?? undefined, city: search.get("city") ?? undefined });
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
