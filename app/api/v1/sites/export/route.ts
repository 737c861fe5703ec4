import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { exportSites } from "@/lib/server/sites/export/export-sites";

export const dynamic = "force-dynamic";

/** The list's filters; `?city=` for province and system readers. */
export const GET = withApi(async ({ actor, request }) => {
  const file = await exportSites(actor, Object.fromEntries(request.nextUrl.searchParams));
  return new Response(file.bytes, { headers: fileHeaders(file) });
});
