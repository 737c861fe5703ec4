import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createDepartment } from "@/lib/server/departments/create-department";
import { listDepartments } from "@/lib/server/departments/list-departments";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor, request }) => {
  const searchParams = request.nextUrl.searchParams;
  const paging = parsePaging(searchParams);
  const { items, total } = await listDepartments(actor, { ...Object.fromEntries(searchParams), ...paging });
  return jsonList(items, total, paging);
});

export const POST = withApi(async ({ actor, body }) => jsonOk(await createDepartment(actor, await body.json(createDepartment)), 201));
