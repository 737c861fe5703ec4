import { mayAnswerEntry } from "@/lib/domain/ledger/ledger-entry-rules";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { answerLedgerEntryInput } from "@/lib/validation/ledger";
import { assertWriterOf, attachEvidence, loadEntryForChange, saveEntryChange } from "./ledger-entry-changes";
import { loadLedgerEntryRow } from "./ledger-entry-row";
import { assertTaskTakesEntries } from "./writable-task";

/**
 * The department answers a returned entry (optionally correcting its text and adding evidence);
 * the entry goes back to PENDING, so it counts for ledger completeness again while the office
 * looks at it. The return comment stays for the record.
 */
export const answerLedgerEntry = defineUseCase({
  name: "ledger-entry.answer",
  permission: "write:ledger",
  input: answerLedgerEntryInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const entry = await loadEntryForChange(tx, actor, scope, input);
    assertWriterOf(actor, scope, entry);
    assertTaskTakesEntries(entry.task);
    if (!mayAnswerEntry(entry.reviewStatus)) throw conflict("只有被退回的台账需要答复。");
    const before = await loadLedgerEntryRow(tx, entry.id);
    await saveEntryChange(
      tx,
      entry,
      {
        answer: input.answer,
        answeredAt: new Date(),
        reviewStatus: "PENDING",
        text: input.text,
      },
      input,
    );
    await attachEvidence(tx, actor, entry, input.files);
    const after = await loadLedgerEntryRow(tx, entry.id);
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before, after });
    return after;
  },
});
