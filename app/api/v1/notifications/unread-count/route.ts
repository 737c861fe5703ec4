import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { countUnreadNotifications } from "@/lib/server/notifications/count-unread-notifications";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor }) => jsonOk({ count: await countUnreadNotifications(actor) }));
