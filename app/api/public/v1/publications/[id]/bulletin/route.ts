import { corsPreflight } from "@/lib/api/public/public-headers";
import { publicBulletinQuery } from "@/lib/api/public/public-queries";
import { withPublicApi } from "@/lib/api/public/with-public-api";
import { contentDisposition } from "@/lib/domain/tabular-import/content-disposition";
import { getPublicBulletin } from "@/lib/server/public/get-public-bulletin";
import { parseQuery } from "@/lib/validation/bulletins";

export const dynamic = "force-dynamic";

/** The public variant of the bulletin as stored when published: .docx, or `?format=html` the printable page. */
export const GET = withPublicApi<{ id: string }>(async ({ request, params }) => {
  const { format } = parseQuery(publicBulletinQuery, request.nextUrl.searchParams);
  const file = await getPublicBulletin(params.id, format);
  const disposition = contentDisposition(file.fileName, file.asciiFileName);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      // The HTML page opens in the browser to be printed; the .docx is saved.
      "content-disposition": file.csp ? disposition.replace(/^attachment/, "inline") : disposition,
      ...(file.csp ? { "content-security-policy": file.csp } : {}),
    },
  });
});

export const OPTIONS = corsPreflight;
