import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { parseBusinessDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { EVIDENCE_FIELD } from "@/lib/domain/evidence/evidence-field";
import { attachEvidence } from "@/lib/server/evidence/attach-evidence";
import { prepareEvidence } from "@/lib/server/evidence/prepare-evidence";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { createLedgerEntryInput } from "@/lib/validation/ledger";
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
 * Adds a ledger entry (工作台账) with its evidence. The task must be in scope, dispatched and not
 * signed off before any file is stored; the files are checked and stored outside the transaction.
 */
export const createLedgerEntry = defineUseCase({
  name: "ledger-entry.create",
  permission: "write:ledger",
  input: createLedgerEntryInput,
  load: async ({ actor, input, scope }) => {
    assertTaskTakesEntries(await loadTaskInScope(db(), actor, scope, input.taskId));
  },
  prepare: async ({ input }) => prepareEvidence(input.evidence, { field: EVIDENCE_FIELD }),
  run: async ({ tx, actor, input, scope, prepared, audit }) => {
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
    await attachEvidence(tx, { owner: { ledgerEntryId: entry.id }, cityId: entry.cityId, uploadedById: actor.id, files: prepared });
    const row = await loadLedgerEntryRow(tx, entry.id);
    await audit({ entityType: "LedgerEntry", entityId: entry.id, cityId: entry.cityId, before: null, after: row });
    return row;
  },
});
