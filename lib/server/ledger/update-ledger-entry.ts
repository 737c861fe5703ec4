import { parseBusinessDate } from "@/lib/domain/dates";
import { mayEditEntry } from "@/lib/domain/ledger/ledger-entry-rules";
import { conflict } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import { defineUseCase } from "@/lib/server/use-case";
import { updateLedgerEntryInput } from "@/lib/validation/ledger";
import { assertEntryWritable, assertWriterOf, detachEvidence, ledgerWriterOf, loadEntryForChange, saveEntryChange } from "./ledger-entry-changes";
import { loadLedgerEntryRow } from "./ledger-entry-row";
import { assertTaskTakesEntries } from "./writable-task";

/**
 * Edits an entry: text, date, figures, evidence added or removed; an omitted field keeps its
 * value. The caller names the version it read; a stale one is a conflict with both versions.
 * A liaison cannot change an entry the office has accepted.
 */
export const updateLedgerEntry = defineUseCase({
  name: "ledger-entry.update",
  permission: "write:ledger",
  input: updateLedgerEntryInput,
  load: async ({ actor, input, scope }) => assertEntryWritable(actor, scope, input),
  prepare: async ({ input }) => prepareEvidence(input.evidence, { field: EVIDENCE_FIELD }),
  run: async ({ tx, actor, input, scope, prepared, audit }) => {
    const entry = await loadEntryForChange(tx, actor, scope, input);
    assertWriterOf(actor, scope, entry);
    assertTaskTakesEntries(entry.task);
    if (!mayEditEntry(ledgerWriterOf(scope), entry.reviewStatus)) throw conflict("该台账已通过审核，不能再修改；如需更正请联系市文明办。");
    const before = await loadLedgerEntryRow(tx, entry.id);
    await saveEntryChange(
      tx,
      entry,
      {
        text: input.text,
        effectiveDate: input.effectiveDate ? parseBusinessDate(input.effectiveDate) : undefined,
        figures: input.figures === undefined ? undefined : input.figures?.length ? input.figures : Prisma.DbNull,
      },
      input,
    );
    await detachEvidence(tx, entry, input.removeEvidenceIds);
    await attachEvidence(tx, { owner: { ledgerEntryId: entry.id }, cityId: entry.cityId, uploadedById: actor.id, files: prepared });
    const after = await loadLedgerEntryRow(tx, entry.id);
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before, after });
    return after;
  },
});
