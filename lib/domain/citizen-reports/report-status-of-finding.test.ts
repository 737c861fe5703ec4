import { describe, expect, it } from "vitest";
import { CITIZEN_REPORT_STATUSES, isModeratable, reportStatusOfFinding, reportTimesFor } from "./report-status-of-finding";

describe("reportStatusOfFinding", () => {
  it("follows the finding: open → accepted, with the department → rectifying, verified → rectified", () => {
    expect(reportStatusOfFinding("OPEN")).toBe("ACCEPTED");
    expect(reportStatusOfFinding("DISPATCHED")).toBe("RECTIFYING");
    expect(reportStatusOfFinding("SUBMITTED")).toBe("RECTIFYING");
    expect(reportStatusOfFinding("RETURNED")).toBe("RECTIFYING");
    expect(reportStatusOfFinding("VERIFIED")).toBe("RECTIFIED");
  });

  it("sends a report back to the queue when its finding is withdrawn", () => {
    expect(reportStatusOfFinding("WITHDRAWN")).toBeNull();
  });
});

describe("isModeratable", () => {
  it("is true for RECEIVED only", () => {
    expect(CITIZEN_REPORT_STATUSES.filter(isModeratable)).toEqual(["RECEIVED"]);
  });
});

describe("reportTimesFor", () => {
  const at = new Date("2026-03-01T02:00:00Z");
  it("closes a rectified or rejected report and clears the times otherwise", () => {
    expect(reportTimesFor("RECTIFIED", at)).toEqual({ rectifiedAt: at, closedAt: at });
    expect(reportTimesFor("REJECTED", at)).toEqual({ rectifiedAt: null, closedAt: at });
    expect(reportTimesFor("RECTIFYING", at)).toEqual({ rectifiedAt: null, closedAt: null });
  });
});
