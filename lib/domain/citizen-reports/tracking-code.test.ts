import { describe, expect, it } from "vitest";
import { isTrackingCode, makeTrackingCode, normalizeTrackingCode, TRACKING_CODE_ALPHABET } from "./tracking-code";

describe("tracking code", () => {
  it("is SP, the year and five characters of the unambiguous alphabet", () => {
    for (let i = 0; i < 200; i++) {
      const code = makeTrackingCode(2026);
      expect(code).toMatch(/^SP-2026-[2-9A-HJKMNP-Z]{5}$/);
      expect(isTrackingCode(code)).toBe(true);
    }
    expect(TRACKING_CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("maps bytes onto the alphabet and draws again for bytes that would favour some characters", () => {
    const draws = [new Uint8Array([248, 255, 0, 1, 2]), new Uint8Array([3, 30, 31, 9, 9])];
    const code = makeTrackingCode(2027, () => draws.shift()!);
    // 248 and 255 are at or above 31 × 8 = 248: skipped; then 0, 1, 2, 3, 30.
    expect(code).toBe("SP-2027-2345Z");
  });

  it("spreads draws over the whole alphabet", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) for (const char of makeTrackingCode(2026).slice(8)) seen.add(char);
    expect(seen.size).toBe(TRACKING_CODE_ALPHABET.length);
  });

  it("normalizes what a reporter types and refuses anything else", () => {
    expect(normalizeTrackingCode("  sp-2026-7k3q9 ")).toBe("SP-2026-7K3Q9");
    for (const bad of ["SP-2026-7K3Q", "SP-2026-7K3Q90", "SP-26-7K3Q9", "SP-2026-0K3Q9", "SP-2026-IK3Q9", "XX-2026-7K3Q9", "SP 2026 7K3Q9", "%"]) {
      expect(normalizeTrackingCode(bad), bad).toBeNull();
    }
  });
});
