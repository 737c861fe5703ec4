import { describe, expect, it } from "vitest";
import { checkLosesPoints } from "./check-loses-points";

const inspected = (outcome: object) => ({ visitStatus: "INSPECTED" as const, outcome: outcome as never });

describe("checkLosesPoints (a check judged alone)", () => {
  it("DEDUCT: any problem loses points, none keeps them", () => {
    const deduct = { points: "4", rubricKind: "DEDUCT" as const, rubricParams: { perFinding: "0.5", cap: "2" } };
    expect(checkLosesPoints(deduct, inspected({ findings: 0 }))).toBe(false);
    expect(checkLosesPoints(deduct, inspected({ findings: 1 }))).toBe(true);
    expect(checkLosesPoints(deduct, inspected({ findings: 9 }))).toBe(true);
  });

  it("PASS_FAIL and PROPORTION: a fail loses points", () => {
    for (const rubricKind of ["PASS_FAIL", "PROPORTION"] as const) {
      const criterion = { points: 3, rubricKind, rubricParams: {} };
      expect(checkLosesPoints(criterion, inspected({ pass: true }))).toBe(false);
      expect(checkLosesPoints(criterion, inspected({ pass: false }))).toBe(true);
    }
  });

  it("GRADED: anything below the full grade loses points (default grades and the criterion's own)", () => {
    const graded = { points: "2", rubricKind: "GRADED" as const, rubricParams: {} };
    expect(checkLosesPoints(graded, inspected({ grade: "A" }))).toBe(false);
    expect(checkLosesPoints(graded, inspected({ grade: "B" }))).toBe(true);
    const own = { ...graded, rubricParams: { grades: { 优: "1", 良: "1", 差: "0.5" } } };
    expect(checkLosesPoints(own, inspected({ grade: "良" }))).toBe(false);
    expect(checkLosesPoints(own, inspected({ grade: "差" }))).toBe(true);
  });

  it("THRESHOLD: a value on the wrong side of the target loses points", () => {
    const atLeast = { points: "5", rubricKind: "THRESHOLD" as const, rubricParams: { target: "95", direction: "AT_LEAST" } };
    expect(checkLosesPoints(atLeast, inspected({ value: "95" }))).toBe(false);
    expect(checkLosesPoints(atLeast, inspected({ value: "94.9" }))).toBe(true);
    const atMost = { ...atLeast, rubricParams: { target: "3", direction: "AT_MOST" } };
    expect(checkLosesPoints(atMost, inspected({ value: "2" }))).toBe(false);
    expect(checkLosesPoints(atMost, inspected({ value: "3.5" }))).toBe(true);
  });

  it("a site not inspected loses nothing here", () => {
    const criterion = { points: 3, rubricKind: "PASS_FAIL" as const, rubricParams: {} };
    expect(checkLosesPoints(criterion, { visitStatus: "REFUSED", outcome: null })).toBe(false);
    expect(checkLosesPoints(criterion, { visitStatus: "NOT_INSPECTABLE", outcome: null })).toBe(false);
  });
});
