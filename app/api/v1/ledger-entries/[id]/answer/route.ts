import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { LEDGER_EVIDENCE_FILES } from "@/lib/api/body/ledger-evidence-files";
import { answerLedgerEntry } from "@/lib/server/ledger/answer-ledger-entry";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** { version, answer, text? } as JSON, or multipart/form-data with more files in `evidence`. */
export const POST = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, files } = await body.jsonOrMultipart(answerLedgerEntry, LEDGER_EVIDENCE_FILES);
  return jsonOk(await answerLedgerEntry(actor, { ...fields, id: params.id, evidence: files }));
});
