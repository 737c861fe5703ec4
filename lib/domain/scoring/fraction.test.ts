import { describe, expect, it } from "vitest";
import { Fraction } from "./fraction";

describe("Fraction", () => {
  it("keeps thirds exact: 1/3 + 2/3 = 1 and 100·(1/3)·3 = 100", () => {
    expect(Fraction.of(1, 3).add(Fraction.of(2, 3)).eq(Fraction.ONE)).toBe(true);
    expect(Fraction.HUNDRED.mul(Fraction.of(1, 3)).mul(Fraction.of(3)).toString()).toBe("100");
  });

  it("normalizes sign and common factors", () => {
    expect(Fraction.of(6, -8).toString()).toBe("-3/4");
    expect(Fraction.of(0, 5).eq(Fraction.ZERO)).toBe(true);
    expect(() => Fraction.of(1, 0)).toThrow(RangeError);
  });

  it("compares exactly", () => {
    expect(Fraction.of(1, 3).cmp(Fraction.of(333333, 1000000))).toBe(1);
    expect(Fraction.of(2, 4).eq(Fraction.of(1, 2))).toBe(true);
    expect(Fraction.of(1, 2).min(Fraction.of(1, 3)).toString()).toBe("1/3");
    expect(Fraction.of(1, 2).max(Fraction.of(1, 3)).toString()).toBe("1/2");
  });

  it("rounds half away from zero, also for negatives", () => {
    // 84.995 is exactly halfway between 84.99 and 85.00: away from zero → 85.00
    expect(Fraction.of(84995, 1000).toFixed(2)).toBe("85.00");
    expect(Fraction.of(-84995, 1000).toFixed(2)).toBe("-85.00");
    expect(Fraction.of(84994999, 1000000).toFixed(2)).toBe("84.99");
    // 2/3 = 0.66666… → 0.6667; 1/8 = 0.125 → 0.13 at 2 places
    expect(Fraction.of(2, 3).toFixed(4)).toBe("0.6667");
    expect(Fraction.of(1, 8).toFixed(2)).toBe("0.13");
    expect(Fraction.of(-1, 8).toFixed(2)).toBe("-0.13");
    expect(Fraction.of(-1, 1000).toFixed(2)).toBe("0.00");
    expect(Fraction.of(7).toFixed(4)).toBe("7.0000");
    expect(Fraction.of(5, 2).toFixed(0)).toBe("3");
  });

  it("round() stays exact for comparisons: 89.995 and 90.004 both round to 90.00", () => {
    expect(Fraction.of(89995, 1000).round(2).eq(Fraction.of(90))).toBe(true);
    expect(Fraction.of(90004, 1000).round(2).eq(Fraction.of(90))).toBe(true);
  });

  it("is exact where 50-digit decimals are not: (1/7)·7 rounds on the boundary correctly", () => {
    // 100·(a/7 + b/7)/ΣP can land exactly on x.xxxx5; a decimal with finite digits can fall short of it.
    // 12.34565 = 246913/20000: built as (246913·7/20000)/7
    const value = Fraction.of(246913 * 7, 20000).div(Fraction.of(7));
    expect(value.toFixed(4)).toBe("12.3457");
  });
});
