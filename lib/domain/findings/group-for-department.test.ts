import { describe, expect, it } from "vitest";
import { groupForDepartment } from "./group-for-department";

describe("groupForDepartment", () => {
  it("puts overdue first, then returned, then due within 3 days, then the rest; ignores what is not the department's to do", () => {
    const today = "2026-03-10";
    const f = (id: string, status: "OPEN" | "DISPATCHED" | "SUBMITTED" | "RETURNED" | "VERIFIED", dueDate: string) => ({
      id,
      status,
      dueDate,
      verifiedOn: null,
    });
    const groups = groupForDepartment(
      [
        f("late", "DISPATCHED", "2026-03-09"),
        f("lateReturned", "RETURNED", "2026-03-01"),
        f("returned", "RETURNED", "2026-03-20"),
        f("today", "DISPATCHED", "2026-03-10"),
        f("soon", "DISPATCHED", "2026-03-13"),
        f("later", "DISPATCHED", "2026-03-14"),
        f("submitted", "SUBMITTED", "2026-03-01"),
        f("open", "OPEN", "2026-03-01"),
      ],
      today,
    );
    const ids = (list: { id: string }[]) => list.map((item) => item.id);
    expect(ids(groups.overdue)).toEqual(["late", "lateReturned"]);
    expect(ids(groups.returned)).toEqual(["returned"]);
    expect(ids(groups.dueSoon)).toEqual(["today", "soon"]);
    expect(ids(groups.open)).toEqual(["later"]);
  });
});
