import { corsPreflight } from "@/lib/api/public/public-headers";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { jsonOk } from "@/lib/api/responses";
import { getPublicPublication } from "@/lib/server/public/get-public-publication";

export const dynamic = "force-dynamic";

/** One publication's figures as published (its frozen snapshot, public fields only). */
export const GET = withPublicApi<{ id: string }>(async ({ params }) => jsonOk(await getPublicPublication(params.id)));

export const OPTIONS = corsPreflight;
