import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { createAnnualPlan } from "@/lib/server/plans/create-annual-plan";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ actor, body }) => jsonOk(await createAnnualPlan(actor, await body.json(createAnnualPlan)), 201));
