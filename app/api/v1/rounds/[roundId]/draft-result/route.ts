import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getDraftResultForDepartment } from "@/lib/server/appeals/get-draft-result";

export const dynamic = "force-dynamic";

/** The liaison's own department's draft figures during the appeal window; 404 outside it. */
export const GET = withApi<{ roundId: string }>(async ({ actor, params }) => jsonOk(await getDraftResultForDepartment(actor, params.roundId)));
