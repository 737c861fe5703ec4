import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { fileAppeal } from "@/lib/server/appeals/file-appeal";

export const dynamic = "force-dynamic";

/** 申诉: the liaison appeals its own department's draft result of this round (201). */
export const POST = withApi<{ roundId: string }>(async ({ actor, params, body }) =>
  jsonOk(await fileAppeal(actor, { ...(await body.json(fileAppeal)), roundId: params.roundId }), 201),
);
