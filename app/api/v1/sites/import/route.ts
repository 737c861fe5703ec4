import { IMPORT_LIMITS } from "@/lib/api/body/upload-limits";
import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { invalidInput } from "@/lib/errors";
import { importSites } from "@/lib/server/sites/import/import-sites";
import { zodFieldErrors } from "@/lib/server/use-case";
import { importSitesQuery, type ImportSitesInput } from "@/lib/validation/site-import";

export const dynamic = "force-dynamic";

/** multipart/form-data with the field `file`; `?dryRun=1` answers the preview and writes nothing. */
export const POST = withApi(async ({ actor, request, body }) => {
  const query = importSitesQuery.safeParse({ dryRun: request.nextUrl.searchParams.get("dryRun") ?? undefined });
  if (!query.success) throw invalidInput(zodFieldErrors(query.error));
  // The permission first (an inspector's upload is refused unread); a missing file is importSites' 422.
  const file = (await body.file("manage:site", IMPORT_LIMITS)) as ImportSitesInput["file"];
  if (query.data.dryRun) return jsonOk(await importSites(actor, { file, dryRun: true }));
  return jsonOk(await importSites(actor, { file, dryRun: false }), 201);
});
