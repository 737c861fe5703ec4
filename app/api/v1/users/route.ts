import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createUser } from "@/lib/server/users/create-user";
import { listUsers } from "@/lib/server/users/list-users";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listUsers(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});

/** The response carries the initial password: it is shown this once only. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await createUser(actor, await body.json(createUser)), 201));
