// The round's life as one table, read by the use cases and by the screens alike.

export const ROUND_STATUSES = ["PLANNED", "IN_PROGRESS", "CLOSED"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_EVENTS = ["START", "CLOSE", "REOPEN"] as const;
export type RoundEvent = (typeof ROUND_EVENTS)[number];

const TRANSITIONS: Record<RoundStatus, Partial<Record<RoundEvent, RoundStatus>>> = {
  PLANNED: { START: "IN_PROGRESS" },
  IN_PROGRESS: { CLOSE: "CLOSED" },
  // Reopening also needs the round to be unpublished; that fact lives in the database.
  CLOSED: { REOPEN: "IN_PROGRESS" },
};

/** The status after `event`, or null when the event does not apply in `status`. */
export function nextRoundStatus(status: RoundStatus, event: RoundEvent): RoundStatus | null {
  return TRANSITIONS[status][event] ?? null;
}

/** Checks may be posted or corrected only while the round runs (whatever today's date is). */
export function acceptsChecks(status: RoundStatus): boolean {
  return status === "IN_PROGRESS";
}
