import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { isEntryWriter, type LedgerWriter } from "@/lib/domain/ledger/ledger-entry-rules";
import { forbidden, invalidInput, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { db } from "@/lib/db";
import { ledgerEntryRowInclude, loadLedgerEntryRow, type LedgerEntryRecord } from "./ledger-entry-row";
import { ledgerEntryScopeWhere } from "./ledger-entry-scope";
import { assertTaskTakesEntries, writableTaskSelect, type WritableTask } from "./writable-task";

// The steps every change of an entry shares: find it within scope, check the version the caller
// read, save only if nobody saved in between, and attach or detach evidence.

export type EntryForChange = LedgerEntryRecord & { task: WritableTask };

/** What the caller sent, as a conflict shows it back: new files by name, never their bytes. */
function submittedView(input: object): unknown {
  const files = (input as { evidence?: { name: string }[] }).evidence;
  return files ? { ...input, evidence: files.map((file) => file.name) } : input;
}

export async function loadEntryForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<EntryForChange> {
  const record = await tx.ledgerEntry.findFirst({
    where: { AND: [{ id: input.id }, ledgerEntryScopeWhere(actor, scope)] },
    include: { ...ledgerEntryRowInclude, task: { select: writableTaskSelect } },
  });
  if (!record) throw notFound("台账记录");
  if (record.version !== input.version) throw versionConflict(await loadLedgerEntryRow(tx, record.id), submittedView(input));
  return record;
}

/** A liaison changes only its own department's entries (a co-department sees, but does not edit, the lead's). */
export function assertWriterOf(actor: Actor, scope: Scope, entry: { departmentId: string }): void {
  if (!isEntryWriter(ledgerWriterOf(scope), actor.departmentId, entry.departmentId)) throw forbidden("只能修改本单位填报的台账。");
}

/** The office writes with city scope; a department's liaison with its own. */
export function ledgerWriterOf(scope: Scope): LedgerWriter {
  return scope === "own" ? "department" : "office";
}

export async function saveEntryChange(
  tx: Tx,
  entry: { id: string; version: number },
  data: Prisma.LedgerEntryUpdateManyMutationInput,
  submitted: object,
): Promise<void> {
  const { count } = await tx.ledgerEntry.updateMany({
    where: { id: entry.id, version: entry.version, deletedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw versionConflict(await loadLedgerEntryRow(tx, entry.id), submittedView(submitted));
}

/**
 * A use case's `load`: the entry is in scope (404), at the version read (409), the actor's to
 * change (403) and on a task that takes entries, before any file is stored. `run` checks again.
 */
export async function assertEntryWritable(actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<void> {
  const entry = await loadEntryForChange(db(), actor, scope, input);
  assertWriterOf(actor, scope, entry);
  assertTaskTakesEntries(entry.task);
}

/** Soft-deletes evidence of the entry; an id that is not one of its live files is a field error. */
export async function detachEvidence(tx: Tx, entry: { id: string; evidence: { id: string }[] }, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const own = new Set(entry.evidence.map(({ id }) => id));
  if (ids.some((id) => !own.has(id))) throw invalidInput({ removeEvidenceIds: ["要删除的佐证材料不属于这条台账，请刷新后重试"] });
  await tx.evidenceFile.updateMany({ where: { id: { in: [...ids] }, ledgerEntryId: entry.id }, data: { deletedAt: new Date() } });
}
