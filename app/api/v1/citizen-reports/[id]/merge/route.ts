import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { mergeCitizenReport } from "@/lib/server/citizen-reports/merge-citizen-report";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 合并：并入本市一个未撤销的问题，随其状态。只有待处理（RECEIVED）的报告可以操作，否则 409。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await mergeCitizenReport(actor, { ...(await body.json(mergeCitizenReport)), id: params.id })),
);
