import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getCoverage } from "@/lib/server/coverage/get-coverage";

export const dynamic = "force-dynamic";

/** `?city=` (province and system readers), `?annualPlan=` (default: the current annual plan). */
export const GET = withApi(async ({ actor, request }) => {
  const search = request.nextUrl.searchParams;
  return jsonOk(await getCoverage(actor, { city: search.get("city") ?? undefined, annualPlan: search.get("annualPlan") ?? undefined }));
});
