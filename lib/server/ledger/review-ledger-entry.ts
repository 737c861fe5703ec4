import { notifyDepartments } from "@/lib/server/notifications/notify";
import { defineUseCase } from "@/lib/server/use-case";
import { reviewLedgerEntryInput } from "@/lib/validation/ledger";
import { loadEntryForChange, saveEntryChange } from "./ledger-entry-changes";
import { loadLedgerEntryRow } from "./ledger-entry-row";

/**
 * The office accepts an entry, or returns it with a comment; a return notifies the liaisons of
 * the entry's department, and the entry stops counting for ledger completeness until answered.
 */
export const reviewLedgerEntry = defineUseCase({
  name: "ledger-entry.review",
  permission: "review:ledger",
  input: reviewLedgerEntryInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const entry = await loadEntryForChange(tx, actor, scope, input);
    const before = await loadLedgerEntryRow(tx, entry.id);
    const isReturn = input.decision === "RETURN";
    await saveEntryChange(
      tx,
      entry,
      {
        reviewStatus: isReturn ? "RETURNED" : "ACCEPTED",
        reviewComment: input.comment ?? null,
        reviewedAt: new Date(),
        reviewedById: actor.id,
      },
      input,
    );
    const after = await loadLedgerEntryRow(tx, entry.id);
    if (isReturn) {
      await notifyDepartments(tx, [entry.departmentId], {
        kind: "ENTRY_RETURNED",
        cityId: entry.cityId,
        title: `台账被退回：${entry.task.title}`,
        body: `${after.effectiveDate} 的台账被市文明办退回，退回意见：${input.comment}`,
        link: `/tasks/${entry.taskId}`,
        dedupeKey: `ENTRY_RETURNED:${entry.id}:${after.version}`,
      });
    }
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before, after });
    return after;
  },
});
