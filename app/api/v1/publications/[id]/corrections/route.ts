import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { correctPublication } from "@/lib/server/publications/correct-publication";

export const dynamic = "force-dynamic";

/** 更正: 201 with the new publication, which supersedes this one. */
export const POST = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await correctPublication(actor, { ...(await body.json(correctPublication)), id: params.id }), 201),
);
