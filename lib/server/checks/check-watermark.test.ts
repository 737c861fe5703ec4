import { describe, expect, it } from "vitest";
import { checkWatermark } from "./check-watermark";

describe("checkWatermark", () => {
  it("names capture time, GPS, site code and account in printable ASCII only", () => {
    expect(checkWatermark({ capturedAt: "2026-03-05T09:30:00+08:00", latitude: 30.5, longitude: 114.25, siteCode: "D-0012", account: "u1" })).toEqual([
      "TIME 2026-03-05T09:30:00+08:00",
      "GPS 30.500000,114.250000",
      "SITE D-0012",
      "BY u1",
    ]);
    const lines = checkWatermark({ siteCode: "东-1", account: "督查员" });
    expect(lines).toHaveLength(3);
    expect(lines.slice(1)).toEqual(["SITE ?-1", "BY ???"]);
    expect(lines.join("")).toMatch(/^[\x20-\x7e]*$/);
  });
});
