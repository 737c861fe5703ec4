import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonOk } from "@/lib/api/responses";
import { rateCitizenReport } from "@/lib/server/citizen-reports/rate-citizen-report";

export const dynamic = "force-dynamic";

/** The reporter's rating `{satisfied, comment?}` once the fix is verified: 201, then 409 for a second one. */
export const POST = withPublicApi<{ code: string }>(async ({ params, clientAddress, body }) => {
  const fields = await body.json();
  return jsonOk(await rateCitizenReport({ clientAddress }, { ...fields, code: params.code }), 201);
});
