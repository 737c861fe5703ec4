import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { replyToFinding } from "@/lib/server/findings/reply-to-finding";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The liaison's reply: 201 the first time, 200 with the saved reply when its clientKey was seen. */
export const POST = withApi<Params>(async ({ actor, params, body }) => {
  const { created, ...saved } = await replyToFinding(actor, { ...(await body.json(replyToFinding)), id: params.id });
  return jsonOk(saved, created ? 201 : 200);
});
