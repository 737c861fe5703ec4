import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { deleteDepartment } from "@/lib/server/departments/delete-department";
import { getDepartmentOrThrow } from "@/lib/server/departments/get-department-or-throw";
import { updateDepartment } from "@/lib/server/departments/update-department";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getDepartmentOrThrow(actor, params.id)));

/** The body names the `version` it read; omitted fields keep their values. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await updateDepartment(actor, { ...(await body.json(updateDepartment)), id: params.id })),
);

/** Soft delete; `?version=` names the version the caller read. */
export const DELETE = withApi<Params>(async ({ actor, request, params }) => {
  const version = request.nextUrl.searchParams.get("version") ?? undefined;
  return jsonOk(await deleteDepartment(actor, { id: params.id, version }));
});
