import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { LEDGER_EVIDENCE_FILES } from "@/lib/api/body/ledger-evidence-files";
import { deleteLedgerEntry } from "@/lib/server/ledger/delete-ledger-entry";
import { updateLedgerEntry } from "@/lib/server/ledger/update-ledger-entry";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** JSON, or multipart/form-data when files are added (field `evidence`); names the `version` read. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, files } = await body.jsonOrMultipart(updateLedgerEntry, LEDGER_EVIDENCE_FILES);
  return jsonOk(await updateLedgerEntry(actor, { ...fields, id: params.id, evidence: files }));
});

/** `?version=` the version read; pending or returned entries only. */
export const DELETE = withApi<Params>(async ({ actor, request, params }) =>
  jsonOk(await deleteLedgerEntry(actor, { id: params.id, version: request.nextUrl.searchParams.get("version") ?? undefined })),
);
