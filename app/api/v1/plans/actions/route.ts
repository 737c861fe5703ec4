import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { createPlanAction } from "@/lib/server/plans/create-plan-action";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ actor, request }) => jsonOk(await createPlanAction(actor, await readJson(request)), 201));
