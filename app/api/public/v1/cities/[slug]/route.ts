import { corsPreflight } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonOk } from "@/lib/api/responses";
import { getPublicCity } from "@/lib/server/public/get-public-city";

export const dynamic = "force-dynamic";

/** A city's published progress, rankings, scores and report figures, as its public page shows them. */
export const GET = withPublicApi<{ slug: string }>(async ({ params }) => jsonOk(await getPublicCity(params.slug)));

export const OPTIONS = corsPreflight;
