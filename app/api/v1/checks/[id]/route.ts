import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { correctCheck } from "@/lib/server/checks/correct-check";

export const dynamic = "force-dynamic";

/** 更正检查 `{version, visitStatus, outcome?, note?}` until the round closes (409 after). */
export const PATCH = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await correctCheck(actor, { ...(await body.json(correctCheck)), id: params.id })),
);
