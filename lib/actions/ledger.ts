"use server";
import { answerLedgerEntry } from "@/lib/server/ledger/answer-ledger-entry";
import { deleteLedgerEntry } from "@/lib/server/ledger/delete-ledger-entry";
import { reviewLedgerEntry } from "@/lib/server/ledger/review-ledger-entry";
import type { AnswerLedgerEntryInput, LedgerEntryVersionInput, ReviewLedgerEntryInput } from "@/lib/validation/ledger";
import { refreshOnSuccess } from "./refresh-on-success";
import { runAction } from "./run-action";

// JSON-only ledger changes from the console. Entries with files go to /api/v1 as FormData
// instead: server actions limit their body size, uploads of up to 20 MB do not fit.

export async function reviewLedgerEntryAction(input: ReviewLedgerEntryInput) {
  return refreshOnSuccess(await runAction((actor) => reviewLedgerEntry(actor, input)));
}

export async function answerLedgerEntryAction(input: Omit<AnswerLedgerEntryInput, "evidence">) {
  return refreshOnSuccess(await runAction((actor) => answerLedgerEntry(actor, { ...input, evidence: [] })));
}

export async function deleteLedgerEntryAction(input: LedgerEntryVersionInput) {
  return refreshOnSuccess(await runAction((actor) => deleteLedgerEntry(actor, input)));
}
