import { mayAnswerEntry } from "@/lib/domain/ledger/ledger-entry-rules";
import { conflict } from "@/lib/errors";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { defineUseCase } from "@/lib/server/use-case";
import { answerLedgerEntryInput } from "@/lib/validation/ledger";
import { assertEntryWritable, assertWriterOf, loadEntryForChange, saveEntryChange } from "./ledger-entry-changes";
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
  load: async ({ actor, input, scope }) => assertEntryWritable(actor, scope, input),
  prepare: async ({ input }) => prepareEvidence(input.evidence, { field: EVIDENCE_FIELD }),
  run: async ({ tx, actor, input, scope, prepared, audit }) => {
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
    await attachEvidence(tx, { owner: { ledgerEntryId: entry.id }, cityId: entry.cityId, uploadedById: actor.id, files: prepared });
    const after = await loadLedgerEntryRow(tx, entry.id);
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before, after });
    return after;
  },
});
