import { NO_STORE } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonOk } from "@/lib/api/responses";
import { getReportStatus } from "@/lib/server/citizen-reports/get-report-status";

export const dynamic = "force-dynamic";

/** A report's status by its tracking code: never stored by a cache, never the description, place or contact. */
export const GET = withPublicApi<{ code: string }>(async ({ params }) => jsonOk(await getReportStatus(params.code)), { cacheControl: NO_STORE });
