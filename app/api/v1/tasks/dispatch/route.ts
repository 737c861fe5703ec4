import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { dispatchTasks } from "@/lib/server/tasks/dispatch-tasks";

export const dynamic = "force-dynamic";

/** 交办 (bulk): DRAFT or CHANGE_REQUESTED tasks become DISPATCHED; others are skipped with a reason. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await dispatchTasks(actor, await body.json(dispatchTasks))));
