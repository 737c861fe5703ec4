import { describe, expect, it } from "vitest";
import { formatScore, percentOf } from "./format";

describe("formatScore", () => {
  it("rounds a published decimal half up on its digits", () => {
    expect(formatScore("87.6543")).toBe("87.65");
    expect(formatScore("87.6550")).toBe("87.66");
    expect(formatScore("99.9950")).toBe("100.00");
    expect(formatScore("0.0049")).toBe("0.00");
    expect(formatScore("85")).toBe("85.00");
    expect(formatScore("-1.2350")).toBe("-1.24");
    expect(formatScore("-0.0010")).toBe("0.00");
    expect(formatScore("12.5", 1)).toBe("12.5");
    expect(formatScore("9.96", 0)).toBe("10");
  });

  it("shows a missing score as a dash", () => {
    expect(formatScore(null)).toBe("—");
  });
});

describe("percentOf", () => {
  it("is a whole percentage, or null of nothing", () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(2, 3)).toBe(67);
    expect(percentOf(0, 0)).toBeNull();
  });
});
