import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { readLedgerBody } from "@/lib/api/body/read-ledger-body";
import { withApi } from "@/lib/api/with-api";
import { createLedgerEntry } from "@/lib/server/ledger/create-ledger-entry";
import { runWithEvidenceUploads } from "@/lib/server/ledger/evidence/run-with-evidence-uploads";
import { listLedgerEntries } from "@/lib/server/ledger/list-ledger-entries";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** The task's ledger entries, latest work first (404 for a task outside the caller's scope). */
export const GET = withApi<Params>(async ({ actor, request, params }) => {
  const paging = parsePaging(request.nextUrl.searchParams);
  const { items, total } = await listLedgerEntries(actor, params.id, paging);
  return jsonList(items, total, paging);
});

/** multipart/form-data: effectiveDate, text, figures (JSON), departmentId, occurrenceId, files in `evidence` (repeatable). */
export const POST = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, uploads } = await readLedgerBody(body, createLedgerEntry);
  const entry = await runWithEvidenceUploads(actor, createLedgerEntry, { ...fields, taskId: params.id }, uploads);
  return jsonOk(entry, 201);
});
