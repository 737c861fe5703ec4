import { can } from "@/lib/auth/permissions";
import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { previewProvincePublication, provincePublicationPreview } from "@/lib/server/publications/preview-province-publication";
import { previewPublication, publicationPreview } from "@/lib/server/publications/preview-publication";

export const dynamic = "force-dynamic";

/** What publishing would freeze, `{snapshot}`; writes nothing. */
export const POST = withApi(async ({ actor, body }) => {
  if (can(actor, "publish:ranking")) return jsonOk(await previewProvincePublication(actor, await body.json(provincePublicationPreview)));
  return jsonOk(await previewPublication(actor, await body.json(publicationPreview)));
});
