import { describe, expect, it } from "vitest";
import { deriveTaskStatus, type StatusEntry, type StatusOccurrence, type TaskStatusFacts } from "./task-status";

const TODAY = "2026-03-15";
const facts = (overrides: Partial<TaskStatusFacts> = {}): TaskStatusFacts => ({
  completed: false,
  deadline: null,
  recurrence: "NONE",
  entries: [],
  occurrences: [],
  ...overrides,
});
const entry = (reviewStatus: StatusEntry["reviewStatus"], effectiveDate = "2026-03-01", occurrenceId: string | null = null): StatusEntry => ({
  reviewStatus,
  effectiveDate,
  occurrenceId,
});
const february: StatusOccurrence = { id: "feb", periodStart: "2026-02-01", periodEnd: "2026-02-28", dueDate: "2026-03-05", completed: false };
const march: StatusOccurrence = { id: "mar", periodStart: "2026-03-01", periodEnd: "2026-03-31", dueDate: "2026-04-05", completed: false };

describe("deriveTaskStatus, one-off tasks", () => {
  it("is NOT_STARTED with no entries and no passed deadline", () => {
    expect(deriveTaskStatus(facts(), TODAY)).toBe("NOT_STARTED");
    expect(deriveTaskStatus(facts({ deadline: "2026-04-01" }), TODAY)).toBe("NOT_STARTED");
  });

  it("is not overdue on the deadline day itself, and overdue the day after", () => {
    expect(deriveTaskStatus(facts({ deadline: TODAY }), TODAY)).toBe("NOT_STARTED");
    expect(deriveTaskStatus(facts({ deadline: "2026-03-14" }), TODAY)).toBe("OVERDUE");
  });

  it("counts pending and accepted entries as progress, returned ones not", () => {
    expect(deriveTaskStatus(facts({ entries: [entry("PENDING")] }), TODAY)).toBe("IN_PROGRESS");
    expect(deriveTaskStatus(facts({ entries: [entry("ACCEPTED")] }), TODAY)).toBe("IN_PROGRESS");
    expect(deriveTaskStatus(facts({ entries: [entry("RETURNED"), entry("RETURNED")] }), TODAY)).toBe("NOT_STARTED");
    expect(deriveTaskStatus(facts({ entries: [entry("RETURNED"), entry("PENDING")] }), TODAY)).toBe("IN_PROGRESS");
  });

  it("is overdue past the deadline even with entries, until signed off", () => {
    expect(deriveTaskStatus(facts({ deadline: "2026-03-01", entries: [entry("ACCEPTED")] }), TODAY)).toBe("OVERDUE");
    expect(deriveTaskStatus(facts({ deadline: "2026-03-01", completed: true }), TODAY)).toBe("COMPLETED");
  });

  it("is COMPLETED once signed off, with or without entries", () => {
    expect(deriveTaskStatus(facts({ completed: true }), TODAY)).toBe("COMPLETED");
    expect(deriveTaskStatus(facts({ completed: true, entries: [entry("RETURNED")] }), TODAY)).toBe("COMPLETED");
  });

  it("ignores occurrences of a one-off task", () => {
    expect(deriveTaskStatus(facts({ occurrences: [february] }), TODAY)).toBe("NOT_STARTED");
  });
});

describe("deriveTaskStatus, recurring tasks", () => {
  const monthly = (overrides: Partial<TaskStatusFacts>) => facts({ recurrence: "MONTHLY", ...overrides });

  it("is overdue when a past-due occurrence has no counting entry in its period", () => {
    expect(deriveTaskStatus(monthly({ occurrences: [february, march] }), TODAY)).toBe("OVERDUE");
    expect(deriveTaskStatus(monthly({ occurrences: [february], entries: [entry("RETURNED", "2026-02-10")] }), TODAY)).toBe("OVERDUE");
    // An entry of another period does not cover February.
    expect(deriveTaskStatus(monthly({ occurrences: [february, march], entries: [entry("PENDING", "2026-03-02")] }), TODAY)).toBe("OVERDUE");
  });

  it("is on track when each past-due occurrence has an entry in its period (ends included) or names it", () => {
    for (const date of ["2026-02-01", "2026-02-28"]) {
      expect(deriveTaskStatus(monthly({ occurrences: [february, march], entries: [entry("PENDING", date)] }), TODAY)).toBe("IN_PROGRESS");
    }
    const named = entry("ACCEPTED", "2026-03-03", "feb");
    expect(deriveTaskStatus(monthly({ occurrences: [february, march], entries: [named] }), TODAY)).toBe("IN_PROGRESS");
    // An entry naming another occurrence does not count for February even if its date would.
    expect(deriveTaskStatus(monthly({ occurrences: [february], entries: [entry("PENDING", "2026-02-10", "mar")] }), TODAY)).toBe("OVERDUE");
  });

  it("is not overdue on an occurrence's due date", () => {
    expect(deriveTaskStatus(monthly({ occurrences: [{ ...february, dueDate: TODAY }] }), TODAY)).toBe("NOT_STARTED");
  });

  it("counts a signed-off occurrence as covered and as progress", () => {
    expect(deriveTaskStatus(monthly({ occurrences: [{ ...february, completed: true }, march] }), TODAY)).toBe("IN_PROGRESS");
  });

  it("is NOT_STARTED when nothing is due yet and nothing was done", () => {
    expect(deriveTaskStatus(monthly({ occurrences: [march] }), TODAY)).toBe("NOT_STARTED");
  });

  it("also honours a deadline of the recurring task", () => {
    expect(deriveTaskStatus(monthly({ deadline: "2026-03-10", occurrences: [march] }), TODAY)).toBe("OVERDUE");
  });
});
