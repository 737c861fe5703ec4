// Which ledger entries a writer may change, by who writes and the entry's review state. The
// office (city scope) writes for any department; a department's liaison only its own entries.
// The use cases refuse by these rules; the ledger screen offers its buttons by them.

export type LedgerWriter = "office" | "department";

/** A department cannot change what the office accepted; the office may still correct it. */
export function mayEditEntry(writer: LedgerWriter, reviewStatus: string): boolean {
  return writer === "office" || reviewStatus !== "ACCEPTED";
}

/** Accepted entries stay, whoever asks. */
export function mayDeleteEntry(reviewStatus: string): boolean {
  return reviewStatus !== "ACCEPTED";
}

/** Only a returned entry needs an answer. */
export function mayAnswerEntry(reviewStatus: string): boolean {
  return reviewStatus === "RETURNED";
}

/** A liaison changes only its own department's entries (a co-department sees, but does not edit, the lead's). */
export function isEntryWriter(writer: LedgerWriter, actorDepartmentId: string | null, entryDepartmentId: string): boolean {
  return writer === "office" || entryDepartmentId === actorDepartmentId;
}
