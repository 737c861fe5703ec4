import { withApi } from "@/lib/api/with-api";
import { fileHeaders } from "@/lib/domain/tabular-import/content-disposition";
import { zipBulletins } from "@/lib/server/bulletins/zip-bulletins";
import { bulletinsZipQuery, parseQuery } from "@/lib/validation/bulletins";

export const dynamic = "force-dynamic";

/** Every official bulletin of `year` in scope (`city` narrows to one city), one .docx per issue. */
export const GET = withApi(async ({ actor, request }) => {
  const zip = await zipBulletins(actor, parseQuery(bulletinsZipQuery, request.nextUrl.searchParams));
  return new Response(new Uint8Array(zip.bytes), { headers: { ...fileHeaders(zip), "content-length": String(zip.bytes.byteLength) } });
});
