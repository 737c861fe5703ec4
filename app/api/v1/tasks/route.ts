import { parsePaging } from "@/lib/api/paging";
import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listTasks } from "@/lib/server/tasks/list-tasks";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listTasks(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});
