import { describe, expect, it } from "vitest";
import { formatColumns, formatKb, formatRatio, formatScore } from "./format";

describe("public bench formats", () => {
  it("writes bytes as kB of 1,000 bytes", () => {
    expect(formatKb(160_000)).toBe("160.0 kB");
    expect(formatKb(1_549)).toBe("1.5 kB");
    expect(formatKb(0)).toBe("0.0 kB");
  });

  it("writes a ratio to two decimals and a dash when there is nothing to divide by", () => {
    expect(formatRatio(160, 135)).toBe("1.19×");
    expect(formatRatio(50, 100)).toBe("0.50×");
    expect(formatRatio(5, 0)).toBe("—");
    expect(formatRatio(5, undefined)).toBe("—");
  });

  it("writes Lighthouse scores on the 0–100 scale", () => {
    expect(formatScore(0.955)).toBe("96");
    expect(formatScore(1)).toBe("100");
    expect(formatScore(0)).toBe("0");
    expect(formatScore(null)).toBe("—");
  });

  it("aligns the first column left and the others right", () => {
    expect(
      formatColumns(
        ["page", "req/s"],
        [
          ["/", "12.5"],
          ["/cities/x", "3.0"],
        ],
      ),
    ).toBe(["page       req/s", "---------  -----", "/           12.5", "/cities/x    3.0"].join("\n"));
  });
});
