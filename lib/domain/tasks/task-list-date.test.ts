import { describe, expect, it } from "vitest";
import { parseDeadline } from "./task-list-date";

describe("parseDeadline", () => {
  it("reads Excel dates, serials and the usual written forms", () => {
    expect(parseDeadline(new Date("2026-06-30T00:00:00Z"))).toEqual({ ok: true, value: "2026-06-30" });
    expect(parseDeadline(46203)).toEqual({ ok: true, value: "2026-06-30" });
    for (const text of ["2026-06-30", "2026/6/30", "2026.6.30", "2026年6月30日", " 2026年6月30 "]) {
      expect(parseDeadline(text)).toEqual({ ok: true, value: "2026-06-30" });
    }
    expect(parseDeadline(null)).toEqual({ ok: true, value: null });
    expect(parseDeadline("  ")).toEqual({ ok: true, value: null });
  });

  it("refuses what is not a calendar date, quoting it", () => {
    for (const text of ["2026-02-30", "2026/13/1", "6月底", "明年", "30/6/2026"]) {
      const result = parseDeadline(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toContain(`“${text}”`);
    }
    expect(parseDeadline(3.5).ok).toBe(false);
    expect(parseDeadline(12).ok).toBe(false);
  });
});
