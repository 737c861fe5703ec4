import { evidenceLimits } from "@/lib/api/body/upload-limits";
import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { MAX_CHECK_PHOTOS } from "@/lib/validation/checks";

export const dynamic = "force-dynamic";

/**
 * One check, as JSON or as multipart (the same fields, `outcome` as JSON text, files in `photos`):
 * 201 the first time, 200 for the same clientKey again, 409 CHECK_EXISTS with the saved check.
 */
export const POST = withApi<{ roundId: string }>(async ({ actor, params, body }) => {
  const fields = body.isMultipart
    ? await body
        .multipart(submitCheck, evidenceLimits({ fileField: "photos", maxFiles: MAX_CHECK_PHOTOS }))
        .then(({ fields, files }) => ({ ...fields, photos: files }))
    : await body.json(submitCheck);
  const { check, created } = await submitCheck(actor, { ...fields, roundId: params.roundId });
  return jsonOk(check, created ? 201 : 200);
});
