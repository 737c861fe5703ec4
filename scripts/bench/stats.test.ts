import { describe, expect, it } from "vitest";
import { percentile, summarize } from "./stats";

describe("percentile", () => {
  it("takes the nearest rank of sorted samples", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile(sorted, 100)).toBe(100);
    expect(percentile(sorted, 0)).toBe(1);
  });

  it("is the maximum for p99 of a few runs and 0 without samples", () => {
    expect(percentile([3, 5, 9], 99)).toBe(9);
    expect(percentile([3, 5, 9], 50)).toBe(5);
    expect(percentile([], 50)).toBe(0);
  });
});

describe("summarize", () => {
  it("sorts unsorted times and reports runs, p50, p99, min, max and mean", () => {
    expect(summarize([40, 10, 30, 20])).toEqual({ runs: 4, p50: 20, p99: 40, min: 10, max: 40, mean: 25 });
  });

  it("answers zeros for no runs", () => {
    expect(summarize([])).toEqual({ runs: 0, p50: 0, p99: 0, min: 0, max: 0, mean: 0 });
  });
});
