import { describe, expect, it } from "vitest";
import { occurrenceStateOf } from "./occurrence-states";
import { deriveTaskStatus, type StatusEntry, type StatusOccurrence } from "./task-status";

const march: StatusOccurrence = { id: "m", periodStart: "2026-03-01", periodEnd: "2026-03-31", dueDate: "2026-04-05", completed: false };
const entry = (overrides: Partial<StatusEntry>): StatusEntry => ({ reviewStatus: "PENDING", effectiveDate: "2026-03-10", occurrenceId: null, ...overrides });

describe("occurrenceStateOf", () => {
  it("is completed once signed off, whatever else", () => {
    expect(occurrenceStateOf({ ...march, completed: true }, [], "2026-05-01")).toBe("COMPLETED");
  });

  it("is reported by a counting entry in its period or naming it; a returned one does not count", () => {
    expect(occurrenceStateOf(march, [entry({})], "2026-05-01")).toBe("REPORTED");
    expect(occurrenceStateOf(march, [entry({ effectiveDate: "2026-04-02", occurrenceId: "m" })], "2026-05-01")).toBe("REPORTED");
    expect(occurrenceStateOf(march, [entry({ reviewStatus: "RETURNED" })], "2026-05-01")).toBe("MISSED");
    expect(occurrenceStateOf(march, [entry({ occurrenceId: "other" })], "2026-05-01")).toBe("MISSED");
  });

  it("is open until its due date has passed (the due date itself is on time)", () => {
    expect(occurrenceStateOf(march, [], "2026-04-05")).toBe("OPEN");
    expect(occurrenceStateOf(march, [], "2026-04-06")).toBe("MISSED");
  });

  it("agrees with the task status: a missed occurrence makes a recurring task overdue", () => {
    const facts = { completed: false, deadline: null, recurrence: "MONTHLY" as const, entries: [], occurrences: [march] };
    expect(occurrenceStateOf(march, [], "2026-04-06")).toBe("MISSED");
    expect(deriveTaskStatus(facts, "2026-04-06")).toBe("OVERDUE");
  });
});
