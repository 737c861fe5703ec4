import { jsonOk } from "@/lib/api/responses";
import { readUploadedFile } from "@/lib/api/uploaded-file";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { importEditionQuery, type ImportEditionInput } from "@/lib/validation/indicators";

export const dynamic = "force-dynamic";

/** multipart/form-data with the field `file`; `?dryRun=1` answers the preview and writes nothing. */
export const POST = withApi(async ({ actor, request }) => {
  const query = importEditionQuery.safeParse({ dryRun: request.nextUrl.searchParams.get("dryRun") ?? undefined });
  if (!query.success) throw invalidInput({ dryRun: ["dryRun 应为 1 或 0。"] });
  // A missing file is importEdition's 422, after its permission check (403 comes first).
  const file = (await readUploadedFile(request)) as ImportEditionInput["file"];
  if (query.data.dryRun) return jsonOk(await importEdition(actor, { file, dryRun: true }));
  const { editionId, counts, warnings } = await importEdition(actor, { file, dryRun: false });
  return jsonOk({ id: editionId, counts, warnings }, 201);
});
