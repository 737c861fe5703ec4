import { jsonOk } from "@/lib/api/responses";
import { IMPORT_LIMITS } from "@/lib/api/body/upload-limits";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { importEdition } from "@/lib/server/indicators/import/import-edition";
import { importEditionQuery, type ImportEditionInput } from "@/lib/validation/indicators";

export const dynamic = "force-dynamic";

/** multipart/form-data with the field `file`; `?dryRun=1` answers the preview and writes nothing. */
export const POST = withApi(async ({ actor, request, body }) => {
  const query = importEditionQuery.safeParse({ dryRun: request.nextUrl.searchParams.get("dryRun") ?? undefined });
  if (!query.success) throw invalidInput({ dryRun: ["dryRun 应为 1 或 0。"] });
  // The permission first (anyone else's upload is refused unread); a missing file is importEdition's 422.
  const file = (await body.file("import:edition", IMPORT_LIMITS)) as ImportEditionInput["file"];
  if (query.data.dryRun) return jsonOk(await importEdition(actor, { file, dryRun: true }));
  const { editionId, counts, warnings } = await importEdition(actor, { file, dryRun: false });
  return jsonOk({ id: editionId, counts, warnings }, 201);
});
