import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { getUserOrThrow } from "@/lib/server/users/get-user-or-throw";
import { updateUser } from "@/lib/server/users/update-user";

export const dynamic = "force-dynamic";

type Params = { id: string };

export const GET = withApi<Params>(async ({ actor, params }) => jsonOk(await getUserOrThrow(actor, params.id)));

/** Replaces name, phone, role and scope; the body names the `version` it read. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) => jsonOk(await updateUser(actor, { ...(await body.json(updateUser)), id: params.id })));
