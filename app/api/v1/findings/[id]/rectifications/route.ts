import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { replyToFinding } from "@/lib/server/findings/reply-to-finding";
import { REPLY_MAX_PHOTOS } from "@/lib/validation/findings";

export const dynamic = "force-dynamic";

type Params = { id: string };

/**
 * The liaison's reply, JSON or multipart (`text`, `clientKey`, `version`, after-photos in
 * `photos`): 201 the first time, 200 with the saved reply when its clientKey was seen.
 */
export const POST = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, files } = await body.jsonOrMultipart(replyToFinding, { fileField: "photos", maxFiles: REPLY_MAX_PHOTOS });
  const { created, ...saved } = await replyToFinding(actor, { ...fields, id: params.id, photos: files });
  return jsonOk(saved, created ? 201 : 200);
});
