import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { parseBusinessDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { createLedgerEntryInput } from "@/lib/validation/ledger";
import { attachEvidence } from "./ledger-entry-changes";
import { loadLedgerEntryRow } from "./ledger-entry-row";
import { assertTaskTakesEntries, departmentsOf, loadTaskInScope, type WritableTask } from "./writable-task";

/** A liaison writes for its own department; the office for the lead or any co-department (the lead by default). */
function writingDepartment(actor: Actor, scope: Scope, task: WritableTask, requested: string | undefined): string {
  if (scope === "own") {
    if (requested && requested !== actor.departmentId) throw invalidInput({ departmentId: ["联络员只能为本单位填报台账"] });
    return actor.departmentId!;
  }
  const departmentId = requested ?? task.leadDepartmentId;
  if (!departmentsOf(task).includes(departmentId)) throw invalidInput({ departmentId: ["该单位不是此任务的牵头或配合单位"] });
  return departmentId;
}

async function assertOccurrenceOf(tx: Tx, task: WritableTask, occurrenceId: string | undefined): Promise<void> {
  if (!occurrenceId) return;
  const occurrence = await tx.taskOccurrence.findFirst({ where: { id: occurrenceId, taskId: task.id }, select: { id: true } });
  if (!occurrence) throw invalidInput({ occurrenceId: ["该周期不属于此任务"] });
}

/**
 * Adds a ledger entry (工作台账) with its evidence, which `runWithEvidenceUploads` has already
 * checked and stored. The task must be dispatched and not signed off.
 */
export const createLedgerEntry = defineUseCase({
  name: "ledger-entry.create",
  permission: "write:ledger",
  input: createLedgerEntryInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const task = await loadTaskInScope(tx, actor, scope, input.taskId);
    assertTaskTakesEntries(task);
    const departmentId = writingDepartment(actor, scope, task, input.departmentId);
    await assertOccurrenceOf(tx, task, input.occurrenceId);
    const entry = await tx.ledgerEntry.create({
      data: {
        cityId: task.cityId,
        taskId: task.id,
        departmentId,
        occurrenceId: input.occurrenceId ?? null,
        effectiveDate: parseBusinessDate(input.effectiveDate),
        text: input.text,
        figures: input.figures?.length ? input.figures : Prisma.DbNull,
        createdById: actor.id,
      },
    });
    await attachEvidence(tx, actor, entry, input.files);
    const row = await loadLedgerEntryRow(tx, entry.id);
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before: null, after: row });
    return row;
  },
});
