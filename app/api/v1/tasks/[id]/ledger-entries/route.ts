import { parsePaging } from "@/lib/api/paging";
import { jsonList, jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { LEDGER_EVIDENCE_FILES } from "@/lib/api/body/ledger-evidence-files";
import { createLedgerEntry } from "@/lib/server/ledger/create-ledger-entry";
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
  const { fields, files } = await body.jsonOrMultipart(createLedgerEntry, LEDGER_EVIDENCE_FILES);
  const entry = await createLedgerEntry(actor, { ...fields, taskId: params.id, evidence: files });
  return jsonOk(entry, 201);
});
