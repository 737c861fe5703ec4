import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { getEditionTemplate } from "@/lib/server/indicators/export/get-edition-template";

export const dynamic = "force-dynamic";

export const GET = withApi(async ({ actor }) => {
  const file = await getEditionTemplate(actor);
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
