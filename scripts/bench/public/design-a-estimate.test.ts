import { describe, expect, it } from "vitest";
import { designAEstimate } from "./design-a-estimate";

describe("designAEstimate", () => {
  it("adds the bare app's extra time per prerendered page to the app's static page", () => {
    // 1/1000 s + (1/500 − 1/1000) s = 2 ms a request.
    expect(designAEstimate({ appStatic: 1_000, bareStatic: 1_000, barePrerendered: 500 })).toBeCloseTo(500, 9);
    // 1/800 + (1/400 − 1/2000) = 0.00325 s.
    expect(designAEstimate({ appStatic: 800, bareStatic: 2_000, barePrerendered: 400 })).toBeCloseTo(1 / 0.00325, 9);
  });

  it("never rates a prerendered page above the app's static page", () => {
    expect(designAEstimate({ appStatic: 900, bareStatic: 1_000, barePrerendered: 1_200 })).toBe(900);
  });

  it("is null without a measurement", () => {
    expect(designAEstimate({ appStatic: 0, bareStatic: 1_000, barePrerendered: 500 })).toBeNull();
    expect(designAEstimate({ appStatic: 900, bareStatic: Number.NaN, barePrerendered: 500 })).toBeNull();
  });
});
