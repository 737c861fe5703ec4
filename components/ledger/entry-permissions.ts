import type { Actor } from "@/lib/auth/actor";
import { scopeOf } from "@/lib/auth/permissions";

// What the ledger screen offers an actor. The use cases check all of this again; here it only
// decides which buttons and forms to show.

export type LedgerTaskState = { dispatchStatus: string; isClosed: boolean };
export type EntryFacts = { department: { id: string }; reviewStatus: string };

export type EntryPermissions = { canReview: boolean; canEdit: boolean; canAnswer: boolean; canDelete: boolean };

/** Entries are written on tasks that were dispatched and are not signed off. */
export function isTaskOpenForEntries(task: LedgerTaskState): boolean {
  return task.dispatchStatus !== "DRAFT" && !task.isClosed;
}

export function canWriteLedger(actor: Pick<Actor, "role">, task: LedgerTaskState): boolean {
  return scopeOf(actor, "write:ledger") !== undefined && isTaskOpenForEntries(task);
}

export function entryPermissions(actor: Pick<Actor, "role" | "departmentId">, task: LedgerTaskState, entry: EntryFacts): EntryPermissions {
  const writeScope = scopeOf(actor, "write:ledger");
  const isOpen = isTaskOpenForEntries(task);
  const isWriter = isOpen && (writeScope === "city" || (writeScope === "own" && entry.department.id === actor.departmentId));
  const isOffice = writeScope === "city";
  return {
    canReview: scopeOf(actor, "review:ledger") !== undefined,
    canEdit: isWriter && (isOffice || entry.reviewStatus !== "ACCEPTED"),
    // The office may answer through the API too, but on screen it reviews; the department answers.
    canAnswer: isWriter && !isOffice && entry.reviewStatus === "RETURNED",
    canDelete: isWriter && entry.reviewStatus !== "ACCEPTED",
  };
}
