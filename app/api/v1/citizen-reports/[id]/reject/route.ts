import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { rejectCitizenReport } from "@/lib/server/citizen-reports/reject-citizen-report";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 驳回：须填写原因，报告结案。只有待处理（RECEIVED）的报告可以操作，否则 409。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await rejectCitizenReport(actor, { ...(await body.json(rejectCitizenReport)), id: params.id })),
);
