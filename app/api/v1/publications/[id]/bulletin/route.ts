import { withApi } from "@/lib/api/with-api";
import { contentDisposition } from "@/lib/domain/tabular-import/content-disposition";
import { getBulletin } from "@/lib/server/bulletins/get-bulletin";
import { bulletinQuery, parseQuery } from "@/lib/validation/bulletins";

export const dynamic = "force-dynamic";

/** The publication's bulletin as stored when published: .docx (official), `?format=html` the printable page, `?variant=public` the public variant. */
export const GET = withApi<{ id: string }>(async ({ actor, request, params }) => {
  const file = await getBulletin(actor, params.id, parseQuery(bulletinQuery, request.nextUrl.searchParams));
  const disposition = contentDisposition(file.fileName, file.asciiFileName);
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.bytes.byteLength),
      // The HTML page opens in the browser to be printed; the .docx is saved.
      "content-disposition": file.csp ? disposition.replace(/^attachment/, "inline") : disposition,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
      ...(file.csp ? { "content-security-policy": file.csp } : {}),
    },
  });
});
