import { parsePaging } from "@/lib/api/paging";
import { jsonList } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { listNotifications } from "@/lib/server/notifications/list-notifications";

export const dynamic = "force-dynamic";

/** The caller's own notifications, newest first; `unread=1` for the unread ones only. */
export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listNotifications(actor, { unread: searchParams.get("unread") ?? undefined, ...paging });
  return jsonList(items, total, paging);
});
