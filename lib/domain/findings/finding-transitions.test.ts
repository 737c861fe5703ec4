import { describe, expect, it } from "vitest";
import { FINDING_EVENTS, FINDING_STATUSES, canRedirect, isOverdue, nextStatus, refusalMessage } from "./finding-transitions";

describe("finding transitions", () => {
  it("walks the loop OPEN → DISPATCHED → SUBMITTED → RETURNED → SUBMITTED → VERIFIED → DISPATCHED", () => {
    expect(nextStatus("OPEN", "DISPATCH")).toBe("DISPATCHED");
    expect(nextStatus("DISPATCHED", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "RETURN")).toBe("RETURNED");
    expect(nextStatus("RETURNED", "SUBMIT")).toBe("SUBMITTED");
    expect(nextStatus("SUBMITTED", "ACCEPT")).toBe("VERIFIED");
    expect(nextStatus("VERIFIED", "REOPEN")).toBe("DISPATCHED");
  });

  it("refuses everything else", () => {
    const allowed = new Set([
      "OPEN:DISPATCH",
      "OPEN:WITHDRAW",
      "DISPATCHED:SUBMIT",
      "DISPATCHED:WITHDRAW",
      "SUBMITTED:ACCEPT",
      "SUBMITTED:RETURN",
      "SUBMITTED:WITHDRAW",
      "RETURNED:SUBMIT",
      "RETURNED:WITHDRAW",
      "VERIFIED:REOPEN",
    ]);
    for (const status of FINDING_STATUSES)
      for (const event of FINDING_EVENTS) expect(nextStatus(status, event) !== null, `${status}:${event}`).toBe(allowed.has(`${status}:${event}`));
  });

  it("a withdrawn finding is final", () => {
    for (const event of FINDING_EVENTS) expect(nextStatus("WITHDRAWN", event)).toBeNull();
  });

  it("redirects only before a reply", () => {
    expect(FINDING_STATUSES.filter(canRedirect)).toEqual(["OPEN", "DISPATCHED"]);
  });

  it("says in Chinese why an event is refused", () => {
    expect(refusalMessage("VERIFIED", "SUBMIT")).toBe("问题当前为「已销号」，不能提交整改。");
  });
});

describe("isOverdue", () => {
  const today = "2026-03-10";
  it("is past due and not verified", () => {
    expect(isOverdue({ dueDate: "2026-03-09", status: "DISPATCHED", verifiedOn: null }, today)).toBe(true);
    expect(isOverdue({ dueDate: "2026-03-09", status: "RETURNED", verifiedOn: null }, today)).toBe(true);
  });
  it("is not overdue on the due date itself", () => {
    expect(isOverdue({ dueDate: today, status: "OPEN", verifiedOn: null }, today)).toBe(false);
  });
  it("is never overdue once verified or withdrawn", () => {
    expect(isOverdue({ dueDate: "2026-03-01", status: "VERIFIED", verifiedOn: "2026-03-05" }, today)).toBe(false);
    expect(isOverdue({ dueDate: "2026-03-01", status: "WITHDRAWN", verifiedOn: null }, today)).toBe(false);
  });
  it("is overdue again when a re-check cleared the verification", () => {
    expect(isOverdue({ dueDate: "2026-03-01", status: "DISPATCHED", verifiedOn: null }, today)).toBe(true);
  });
});
