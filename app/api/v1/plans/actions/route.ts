import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createPlanAction } from "@/lib/server/plans/create-plan-action";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ actor, body }) => jsonOk(await createPlanAction(actor, await body.json(createPlanAction)), 201));
