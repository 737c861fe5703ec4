// The progress status of a task is derived from facts on every read; only the office sign-off
// (`completedAt`) is stored. Business dates are YYYY-MM-DD strings, which compare as text.

export const TASK_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED", "OVERDUE"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export type StatusEntry = {
  reviewStatus: "PENDING" | "ACCEPTED" | "RETURNED";
  effectiveDate: string;
  occurrenceId: string | null;
};

export type StatusOccurrence = {
  id: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  completed: boolean;
};

export type TaskStatusFacts = {
  completed: boolean;
  deadline: string | null;
  recurrence: "NONE" | "WEEKLY" | "MONTHLY" | "QUARTERLY";
  /** The task's ledger entries that are not deleted. */
  entries: readonly StatusEntry[];
  /** The occurrences of a recurring task (ignored for a one-off task). */
  occurrences: readonly StatusOccurrence[];
};

/**
 * The status of a task on `today` (YYYY-MM-DD in Asia/Shanghai). The first rule that holds wins:
 *
 * 1. `COMPLETED` — the office signed the task off (`completedAt` set), whatever else is true.
 * 2. `OVERDUE` — the task has a deadline strictly before today (a deadline of today is still on
 *    time), or, for a recurring task, one of its occurrences is missed: its due date is strictly
 *    before today, it is not signed off, and no PENDING or ACCEPTED entry belongs to it (an entry
 *    belongs to an occurrence when it names it, or when it names none and its effective date lies
 *    within the occurrence's period, both ends included).
 * 3. `IN_PROGRESS` — at least one entry is PENDING or ACCEPTED (a RETURNED entry is not progress
 *    until it is answered), or, for a recurring task, an occurrence has been signed off.
 * 4. `NOT_STARTED` — otherwise.
 */
export function deriveTaskStatus(facts: TaskStatusFacts, today: string): TaskStatus {
  if (facts.completed) return "COMPLETED";
  const counting = facts.entries.filter((entry) => entry.reviewStatus !== "RETURNED");
  const recurring = facts.recurrence !== "NONE";
  if (facts.deadline !== null && facts.deadline < today) return "OVERDUE";
  if (recurring && facts.occurrences.some((occurrence) => isMissed(occurrence, counting, today))) return "OVERDUE";
  if (counting.length > 0) return "IN_PROGRESS";
  if (recurring && facts.occurrences.some((occurrence) => occurrence.completed)) return "IN_PROGRESS";
  return "NOT_STARTED";
}

function isMissed(occurrence: StatusOccurrence, counting: readonly StatusEntry[], today: string): boolean {
  if (occurrence.completed || occurrence.dueDate >= today) return false;
  return !counting.some((entry) => belongsTo(entry, occurrence));
}

function belongsTo(entry: StatusEntry, occurrence: StatusOccurrence): boolean {
  if (entry.occurrenceId !== null) return entry.occurrenceId === occurrence.id;
  return entry.effectiveDate >= occurrence.periodStart && entry.effectiveDate <= occurrence.periodEnd;
}
