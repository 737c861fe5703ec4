import { withApi } from "@/lib/api/with-api";
import { jsonOk } from "@/lib/api/responses";
import { getCriterionTrend } from "@/lib/server/edition-mappings/get-criterion-trend";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(async ({ actor, request, params }) =>
  jsonOk(await getCriterionTrend(actor, { criterionId: params.id, cityId: request.nextUrl.searchParams.get("cityId") ?? undefined })),
);
