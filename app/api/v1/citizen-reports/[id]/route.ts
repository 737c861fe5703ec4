import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getCitizenReport } from "@/lib/server/citizen-reports/get-citizen-report";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getCitizenReport(actor, params.id)));
