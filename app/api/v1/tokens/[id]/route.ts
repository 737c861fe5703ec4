import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";

export const dynamic = "force-dynamic";

/** Revokes the token at once; it stays listed, with `revokedAt`. */
export const DELETE = withApi<{ id: string }>(async ({ actor, params }) => jsonOk(await revokeApiToken(actor, { id: params.id })));
