import { describe, expect, it } from "vitest";
import { entryRefusal, takesLedgerEntries, taskDepartmentIds, taskDepartments } from "./task-rules";

describe("which tasks take ledger entries", () => {
  it("takes entries once dispatched and until signed off", () => {
    expect(entryRefusal({ dispatchStatus: "DRAFT", isCompleted: false })).toBe("NOT_DISPATCHED");
    expect(entryRefusal({ dispatchStatus: "DRAFT", isCompleted: true })).toBe("NOT_DISPATCHED");
    expect(entryRefusal({ dispatchStatus: "ACKNOWLEDGED", isCompleted: true })).toBe("COMPLETED");
    for (const dispatchStatus of ["DISPATCHED", "ACKNOWLEDGED", "CHANGE_REQUESTED"]) {
      expect(takesLedgerEntries({ dispatchStatus, isCompleted: false })).toBe(true);
    }
  });
});

describe("a task's departments", () => {
  it("puts the lead first, then the co-departments in order", () => {
    expect(taskDepartments("d1", ["d2", "d3"])).toEqual([
      { department: "d1", isLead: true },
      { department: "d2", isLead: false },
      { department: "d3", isLead: false },
    ]);
    expect(taskDepartmentIds({ leadDepartmentId: "d1", coDepartmentIds: [] })).toEqual(["d1"]);
  });
});
