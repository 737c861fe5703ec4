import { mayDeleteEntry } from "@/lib/domain/ledger/ledger-entry-rules";
import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { ledgerEntryVersionInput } from "@/lib/validation/ledger";
import { assertWriterOf, loadEntryForChange, saveEntryChange } from "./ledger-entry-changes";
import { loadLedgerEntryRow } from "./ledger-entry-row";
import { assertTaskTakesEntries } from "./writable-task";

/** Withdraws a pending or returned entry (soft delete, with its evidence records); accepted ones stay. */
export const deleteLedgerEntry = defineUseCase({
  name: "ledger-entry.delete",
  permission: "write:ledger",
  input: ledgerEntryVersionInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const entry = await loadEntryForChange(tx, actor, scope, input);
    assertWriterOf(actor, scope, entry);
    assertTaskTakesEntries(entry.task);
    if (!mayDeleteEntry(entry.reviewStatus)) throw conflict("已通过审核的台账不能删除。");
    const before = await loadLedgerEntryRow(tx, entry.id);
    const deletedAt = new Date();
    await saveEntryChange(tx, entry, { deletedAt }, input);
    await tx.evidenceFile.updateMany({ where: { ledgerEntryId: entry.id, deletedAt: null }, data: { deletedAt } });
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before, after: { ...before, deletedAt: deletedAt.toISOString() } });
    return { id: entry.id, deletedAt: deletedAt.toISOString() };
  },
});
