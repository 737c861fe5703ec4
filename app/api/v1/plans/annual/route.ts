import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { createAnnualPlan } from "@/lib/server/plans/create-annual-plan";

export const dynamic = "force-dynamic";

export const POST = withApi(async ({ actor, request }) => jsonOk(await createAnnualPlan(actor, await readJson(request)), 201));
