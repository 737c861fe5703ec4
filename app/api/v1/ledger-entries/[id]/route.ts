import { jsonOk } from "@/lib/api/responses";
import { readLedgerBody } from "@/lib/api/body/read-ledger-body";
import { withApi } from "@/lib/api/with-api";
import { deleteLedgerEntry } from "@/lib/server/ledger/delete-ledger-entry";
import { runWithEvidenceUploads } from "@/lib/server/ledger/evidence/run-with-evidence-uploads";
import { updateLedgerEntry } from "@/lib/server/ledger/update-ledger-entry";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** JSON, or multipart/form-data when files are added (field `evidence`); names the `version` read. */
export const PATCH = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, uploads } = await readLedgerBody(body, updateLedgerEntry);
  return jsonOk(await runWithEvidenceUploads(actor, updateLedgerEntry, { ...fields, id: params.id }, uploads));
});

/** `?version=` the version read; pending or returned entries only. */
export const DELETE = withApi<Params>(async ({ actor, request, params }) =>
  jsonOk(await deleteLedgerEntry(actor, { id: params.id, version: request.nextUrl.searchParams.get("version") ?? undefined })),
);
