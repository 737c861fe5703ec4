import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/dates";
import { findingFate } from "./finding-fates";
import { seededRandom } from "./task-fates";

const TODAY = "2026-06-15";

describe("findingFate", () => {
  it("keeps every event on or before today, in order, and ends each status with its own event", () => {
    const random = seededRandom(1);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const checked = addDays(TODAY, -Math.floor(random() * 60));
      const due = addDays(checked, 7);
      const fate = findingFate(random, { checked, due, today: TODAY, roundOpen: i % 10 === 0 });
      seen.add(fate.status);
      const dates = fate.events.map((event) => event.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((date) => date >= checked && date <= TODAY)).toBe(true);
      const last = fate.events.at(-1)?.kind ?? null;
      expect(last).toBe({ OPEN: null, DISPATCHED: "DISPATCHED", SUBMITTED: "REPLIED", RETURNED: "RETURNED", VERIFIED: "VERIFIED" }[fate.status]);
      expect(fate.verifiedOn).toBe(fate.status === "VERIFIED" ? last && fate.events.at(-1)!.date : null);
    }
    expect([...seen].sort()).toEqual(["DISPATCHED", "OPEN", "RETURNED", "SUBMITTED", "VERIFIED"]);
  });

  it("leaves the running round's findings open or just dispatched", () => {
    const random = seededRandom(2);
    for (let i = 0; i < 200; i++) {
      const fate = findingFate(random, { checked: TODAY, due: addDays(TODAY, 7), today: TODAY, roundOpen: true });
      expect(["OPEN", "DISPATCHED"]).toContain(fate.status);
    }
  });
});
