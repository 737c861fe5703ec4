import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { previewPublication, publicationPreview } from "@/lib/server/publications/preview-publication";

export const dynamic = "force-dynamic";

/** What publishing would freeze, `{snapshot}`; writes nothing. */
export const POST = withApi(async ({ actor, body }) => jsonOk(await previewPublication(actor, await body.json(publicationPreview))));
