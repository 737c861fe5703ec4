import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { getSiteTemplate } from "@/lib/server/sites/export/get-site-template";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor }) => {
  const file = await getSiteTemplate(actor);
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
