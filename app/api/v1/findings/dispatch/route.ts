import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { dispatchFindings } from "@/lib/server/findings/dispatch-findings";

export const dynamic = "force-dynamic";

/** 交办 (bulk): OPEN findings go to their departments; others are skipped with a reason. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await dispatchFindings(actor, await body.json(dispatchFindings))));
