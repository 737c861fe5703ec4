import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getPublication } from "@/lib/server/publications/get-publication";

export const dynamic = "force-dynamic";

export const GET = withApi<{ id: string }>(async ({ actor, params }) => jsonOk(await getPublication(actor, params.id)));
