import { jsonOk } from "@/lib/api/responses";
import { readLedgerBody } from "@/lib/api/body/read-ledger-body";
import { withApi } from "@/lib/api/with-api";
import { answerLedgerEntry } from "@/lib/server/ledger/answer-ledger-entry";
import { runWithEvidenceUploads } from "@/lib/server/ledger/evidence/run-with-evidence-uploads";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** { version, answer, text? } as JSON, or multipart/form-data with more files in `evidence`. */
export const POST = withApi<Params>(async ({ actor, params, body }) => {
  const { fields, uploads } = await readLedgerBody(body, answerLedgerEntry);
  return jsonOk(await runWithEvidenceUploads(actor, answerLedgerEntry, { ...fields, id: params.id }, uploads));
});
