import type { StatusEntry, StatusOccurrence } from "./task-status";

// The state of each occurrence of a recurring task, by the same facts and rules as the task's
// derived status (task-status.ts): only PENDING or ACCEPTED entries count, and an entry belongs to
// the occurrence it names, or else to the one whose period holds its effective date.

export type OccurrenceState = "COMPLETED" | "REPORTED" | "MISSED" | "OPEN";

export function occurrenceStateOf(occurrence: StatusOccurrence, entries: readonly StatusEntry[], today: string): OccurrenceState {
  if (occurrence.completed) return "COMPLETED";
  const isReported = entries.some((entry) => entry.reviewStatus !== "RETURNED" && belongsTo(entry, occurrence));
  if (isReported) return "REPORTED";
  return occurrence.dueDate < today ? "MISSED" : "OPEN";
}

function belongsTo(entry: StatusEntry, occurrence: StatusOccurrence): boolean {
  if (entry.occurrenceId !== null) return entry.occurrenceId === occurrence.id;
  return entry.effectiveDate >= occurrence.periodStart && entry.effectiveDate <= occurrence.periodEnd;
}
