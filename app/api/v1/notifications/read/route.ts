import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

export const dynamic = "force-dynamic";

/** `{ ids: [...] }` or `{ all: true }`; only the caller's own notifications change. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await markNotificationsRead(actor, await body.json(markNotificationsRead))));
