import { withApi } from "@/lib/api/with-api";
import { evidenceExtension } from "@/lib/domain/evidence/detect-evidence-kind";
import { contentDisposition } from "@/lib/domain/tabular-import/content-disposition";
import { invalidInput } from "@/lib/errors";
import { getEvidenceFile } from "@/lib/server/evidence/get-evidence-file";
import { evidenceFileQuery } from "@/lib/validation/ledger";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The file (or `?thumbnail=1` its JPEG thumbnail) for those who may see the record that owns it (ledger entry, check, finding, rectification); 404 for anyone else. */
export const GET = withApi<Params>(async ({ actor, request, params }) => {
  const query = evidenceFileQuery.safeParse({ thumbnail: request.nextUrl.searchParams.get("thumbnail") ?? undefined });
  if (!query.success) throw invalidInput({ thumbnail: ["thumbnail 应为 1 或 0。"] });
  const file = await getEvidenceFile(actor, params.id, { thumbnail: query.data.thumbnail ?? false });
  const fallbackName = `evidence-${params.id}.${evidenceExtension(file.mimeType)}`;
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.mimeType,
      "content-length": String(file.bytes.byteLength),
      // Shown in the browser (photos, PDFs); the name survives "save as" in Chinese.
      "content-disposition": contentDisposition(file.name, fallbackName).replace(/^attachment/, "inline"),
      "cache-control": "private, max-age=0",
      "x-content-type-options": "nosniff",
    },
  });
});
