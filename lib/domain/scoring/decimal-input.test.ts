import { describe, expect, it } from "vitest";
import { parseDecimal, parseNonNegative, parseNonNegativeInteger, parsePositive } from "./decimal-input";
import { ScoringInputError } from "./scoring-input-error";

describe("parseDecimal", () => {
  it("reads decimal text and JS numbers exactly", () => {
    expect(parseDecimal("0.1", "x").toString()).toBe("1/10");
    expect(parseDecimal(0.1, "x").toString()).toBe("1/10");
    expect(parseDecimal("2.50", "x").toString()).toBe("5/2");
    expect(parseDecimal(-3, "x").toString()).toBe("-3");
    expect(parseDecimal(1e-7, "x").toString()).toBe("1/10000000");
    expect(parseDecimal("12345678901234567890.123456789", "x").toFixed(9)).toBe("12345678901234567890.123456789");
  });

  it("names the field of a value that is not a number", () => {
    for (const bad of ["", "abc", "1,5", "NaN", "Infinity", "1e999999999", Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => parseDecimal(bad, "criteria[0].points")).toThrow(/^criteria\[0\]\.points: /);
    }
  });

  it("checks ranges", () => {
    expect(() => parsePositive(0, "p")).toThrow(ScoringInputError);
    expect(() => parsePositive("-1", "p")).toThrow("p: 必须大于 0 (must be > 0)");
    expect(parseNonNegative(0, "p").isZero()).toBe(true);
    expect(() => parseNonNegative(-0.01, "p")).toThrow(ScoringInputError);
    expect(parseNonNegativeInteger(3, "n")).toBe(3);
    for (const bad of [-1, 1.5, "2", null]) expect(() => parseNonNegativeInteger(bad, "n")).toThrow(ScoringInputError);
  });
});
