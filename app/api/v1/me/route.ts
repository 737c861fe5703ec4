import { withApi } from "@/lib/api/with-api";
import { jsonOk } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

/** Who the session or token acts as, with the scope of its role. */
export const GET = withApi(async ({ actor }) =>
  jsonOk({
    id: actor.id,
    label: actor.label,
    role: actor.role,
    provinceId: actor.provinceId,
    cityId: actor.cityId,
    departmentId: actor.departmentId,
  }),
);
