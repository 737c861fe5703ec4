import { jsonOk } from "@/lib/api/responses";
import { readJson, withApi } from "@/lib/api/with-api";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** { version, decision: ACCEPT | RETURN, comment } — the office's review. */
export const POST = withApi<Params>(async ({ actor, request, params }) => {
  const body = await readJson(request);
  const fields = body && typeof body === "object" ? body : {};
  return jsonOk(await reviewLedgerEntry(actor, { ...fields, id: params.id }));
});
