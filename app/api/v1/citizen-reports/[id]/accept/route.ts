import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { acceptCitizenReport } from "@/lib/server/citizen-reports/accept-citizen-report";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** 受理：生成问题（随手拍来源），城市自动交办时即交办；201 {findingId}。只有待处理（RECEIVED）的报告可以操作，否则 409。 */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await acceptCitizenReport(actor, { ...(await body.json(acceptCitizenReport)), id: params.id }), 201),
);
