import { withPublicApi } from "@/lib/api/public/with-public-api";
import { errorResponse, jsonOk } from "@/lib/api/responses";
import { REPORT_PHOTOS_FIELD, MAX_REPORT_PHOTOS } from "@/lib/domain/citizen-reports/report-input";
import { ReportLimitReached } from "@/lib/server/citizen-reports/report-hourly-limit";
import { assertMayReport, submitCitizenReport } from "@/lib/server/citizen-reports/submit-citizen-report";

export const dynamic = "force-dynamic";

/** A resident's report (multipart: the fields, `altcha`, up to six `photos`) → 201 `{code, status}`. */
export const POST = withPublicApi(async ({ clientAddress, body }) => {
  const visitor = { clientAddress };
  try {
    await assertMayReport(visitor);
    const { fields, files } = await body.multipart({ fileField: REPORT_PHOTOS_FIELD, maxFiles: MAX_REPORT_PHOTOS });
    return jsonOk(await submitCitizenReport(visitor, { ...fields, photos: files }), 201);
  } catch (error) {
    if (!(error instanceof ReportLimitReached)) throw error;
    const response = errorResponse(error);
    response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
});
