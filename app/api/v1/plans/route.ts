import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getPlanOverview } from "@/lib/server/plans/get-plan-overview";

export const dynamic = "force-dynamic";

/** The current cycle, three-year plan, annual plans and actions; `?city=` for province and system readers. */
export const GET = withApi(async ({ actor, request }) => jsonOk(await getPlanOverview(actor, { city: request.nextUrl.searchParams.get("city") ?? undefined })));
