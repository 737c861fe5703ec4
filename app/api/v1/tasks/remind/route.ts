import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { remindTasks } from "@/lib/server/tasks/remind-tasks";

export const dynamic = "force-dynamic";

/** 催办 (bulk): reminds the liaisons of dispatched, unfinished tasks, once per task per day. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await remindTasks(actor, await body.json(remindTasks))));
