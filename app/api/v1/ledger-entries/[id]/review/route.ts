import { jsonOk } from "@/lib/api/responses";
import { withApi } from "@/lib/api/with-api";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";

export const dynamic = "force-dynamic";

type Params = { id: string };

/** { version, decision: ACCEPT | RETURN, comment } — the office's review. */
export const POST = withApi<Params>(async ({ actor, params, body }) =>
  jsonOk(await reviewLedgerEntry(actor, { ...(await body.json(reviewLedgerEntry)), id: params.id })),
);
