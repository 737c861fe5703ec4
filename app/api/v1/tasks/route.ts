import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createTask } from "@/lib/server/tasks/create-task";
import { listTasks } from "@/lib/server/tasks/list-tasks";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listTasks(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});

/** A new task of the caller's city (a draft until dispatched). */
export const POST = withApi(async ({ actor, body }) => jsonOk(await createTask(actor, await body.json(createTask)), 201));
