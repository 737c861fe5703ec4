import { describe, expect, it } from "vitest";
import { isEntryWriter, mayAnswerEntry, mayDeleteEntry, mayEditEntry } from "./ledger-entry-rules";

const STATES = ["PENDING", "ACCEPTED", "RETURNED"];

describe("which ledger entries a writer may change", () => {
  it("lets the office edit any entry and a department only entries not accepted", () => {
    expect(STATES.map((status) => mayEditEntry("office", status))).toEqual([true, true, true]);
    expect(STATES.map((status) => mayEditEntry("department", status))).toEqual([true, false, true]);
  });

  it("never deletes an accepted entry and answers only returned ones", () => {
    expect(STATES.map(mayDeleteEntry)).toEqual([true, false, true]);
    expect(STATES.map(mayAnswerEntry)).toEqual([false, false, true]);
  });

  it("lets a department write only its own entries", () => {
    expect(isEntryWriter("office", null, "d2")).toBe(true);
    expect(isEntryWriter("department", "d1", "d1")).toBe(true);
    expect(isEntryWriter("department", "d1", "d2")).toBe(false);
    expect(isEntryWriter("department", null, "d2")).toBe(false);
  });
});
