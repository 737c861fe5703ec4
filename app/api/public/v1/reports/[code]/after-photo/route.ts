import { NO_STORE } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { getReportAfterPhoto } from "@/lib/server/citizen-reports/get-report-status";

export const dynamic = "force-dynamic";

/** The photo of the verified fix, only while the report is RECTIFIED (404 otherwise). Stored re-encoded: nothing to strip. */
export const GET = withPublicApi<{ code: string }>(
  async ({ params }) => {
    const photo = await getReportAfterPhoto(params.code);
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "content-type": photo.mimeType,
        "content-length": String(photo.bytes.byteLength),
        "content-disposition": `inline; filename="${photo.name}"`,
      },
    });
  },
  { cacheControl: NO_STORE },
);
