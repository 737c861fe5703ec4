import { describe, expect, it } from "vitest";
import { storedCheckOutcome } from "./stored-check-outcome";

const none = { passed: null, findingCount: null, grade: null, measuredValue: null };

describe("a stored check's outcome", () => {
  it("is read from the column its rubric uses, in the calculator's shape", () => {
    expect(storedCheckOutcome("DEDUCT", { ...none, findingCount: 2 })).toEqual({ findings: 2 });
    expect(storedCheckOutcome("DEDUCT", { ...none, findingCount: 0 })).toEqual({ findings: 0 });
    expect(storedCheckOutcome("GRADED", { ...none, grade: "B" })).toEqual({ grade: "B" });
    expect(storedCheckOutcome("THRESHOLD", { ...none, measuredValue: "12.5000" })).toEqual({ value: "12.5000" });
    expect(storedCheckOutcome("PASS_FAIL", { ...none, passed: false })).toEqual({ pass: false });
    expect(storedCheckOutcome("PROPORTION", { ...none, passed: true })).toEqual({ pass: true });
  });

  it("does not fit when its rubric's column is empty", () => {
    expect(storedCheckOutcome("DEDUCT", none)).toBeNull();
    expect(storedCheckOutcome("PASS_FAIL", none)).toBeNull();
  });

  it("does not fit when another rubric's column is filled", () => {
    expect(storedCheckOutcome("DEDUCT", { ...none, grade: "A" })).toBeNull();
    expect(storedCheckOutcome("GRADED", { ...none, grade: "A", passed: true })).toBeNull();
    expect(storedCheckOutcome("THRESHOLD", { ...none, findingCount: 1 })).toBeNull();
  });
});
