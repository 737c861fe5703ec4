import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { updateReportCategory } from "@/lib/server/report-categories/update-report-category";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** Rename, re-map, re-order, archive (`archived: true`) or restore; names the `version` it read (stale: 409). */
export const PATCH = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await updateReportCategory(actor, { ...(await body.json(updateReportCategory)), id: params.id })),
);
