import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { answerAppeal } from "@/lib/server/appeals/answer-appeal";

export const dynamic = "force-dynamic";

/** The office's answer to an appeal (versioned). */
export const POST = withApi<{ id: string }>(async ({ actor, params, body }) =>
  jsonOk(await answerAppeal(actor, { ...(await body.json(answerAppeal)), id: params.id })),
);
