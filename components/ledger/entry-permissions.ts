import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/permissions";
import { isEntryWriter, mayAnswerEntry, mayDeleteEntry, mayEditEntry } from "@/lib/domain/ledger/ledger-entry-rules";
import { takesLedgerEntries } from "@/lib/domain/tasks/task-rules";

// What the ledger screen offers an actor, by the same rules the use cases refuse with
// (lib/domain/ledger/ledger-entry-rules.ts, lib/domain/tasks/task-rules.ts); here they only
// decide which buttons and forms to show.

export type LedgerTaskState = { dispatchStatus: string; isClosed: boolean };
export type EntryFacts = { department: { id: string }; reviewStatus: string };

export type EntryPermissions = { canReview: boolean; canEdit: boolean; canAnswer: boolean; canDelete: boolean };

/** Entries are written on tasks that were dispatched and are not signed off. */
export function isTaskOpenForEntries(task: LedgerTaskState): boolean {
  return takesLedgerEntries({ dispatchStatus: task.dispatchStatus, isCompleted: task.isClosed });
}

export function canWriteLedger(actor: Pick<Actor, "role">, task: LedgerTaskState): boolean {
  return scopeOf(actor, "write:ledger") !== undefined && isTaskOpenForEntries(task);
}

export function entryPermissions(actor: Pick<Actor, "role" | "departmentId">, task: LedgerTaskState, entry: EntryFacts): EntryPermissions {
  const writeScope = scopeOf(actor, "write:ledger");
  const writer = writeScope === "city" ? "office" : "department";
  const isWriter = writeScope !== undefined && isTaskOpenForEntries(task) && isEntryWriter(writer, actor.departmentId, entry.department.id);
  return {
    canReview: scopeOf(actor, "review:ledger") !== undefined,
    canEdit: isWriter && mayEditEntry(writer, entry.reviewStatus),
    // The office may answer through the API too, but on screen it reviews; the department answers.
    canAnswer: isWriter && writer === "department" && mayAnswerEntry(entry.reviewStatus),
    canDelete: isWriter && mayDeleteEntry(entry.reviewStatus),
  };
}
