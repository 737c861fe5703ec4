import { NO_STORE } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonOk } from "@/lib/api/responses";
import { createAltchaChallenge } from "@/lib/server/citizen-reports/create-altcha-challenge";

export const dynamic = "force-dynamic";

/** A fresh ALTCHA v1 challenge for the report form's proof of work (never cached: each is new). */
export const GET = withPublicApi(async () => jsonOk(await createAltchaChallenge()), { cacheControl: NO_STORE });
