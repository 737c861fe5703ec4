import { describe, expect, it } from "vitest";
import { appliesToSiteType, rubricOf } from "./criterion-rubric";

describe("rubricOf", () => {
  it("uses the calculator's parameter names and leaves unset ones out", () => {
    expect(rubricOf({ rubricKind: "DEDUCT", rubricParams: { perFinding: "0.5", cap: null } })).toEqual({ kind: "DEDUCT", perFinding: "0.5" });
    expect(rubricOf({ rubricKind: "GRADED", rubricParams: {} })).toEqual({ kind: "GRADED" });
    expect(rubricOf({ rubricKind: "THRESHOLD", rubricParams: { target: "95", direction: "AT_LEAST" } })).toEqual({
      kind: "THRESHOLD",
      target: "95",
      direction: "AT_LEAST",
    });
    expect(rubricOf({ rubricKind: "PASS_FAIL", rubricParams: null })).toEqual({ kind: "PASS_FAIL" });
  });

  it("a field criterion applies only at the site types it names", () => {
    expect(appliesToSiteType({ siteTypeNames: ["集贸市场"] }, "集贸市场")).toBe(true);
    expect(appliesToSiteType({ siteTypeNames: [] }, "集贸市场")).toBe(false);
  });
});
