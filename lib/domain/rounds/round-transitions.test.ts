import { describe, expect, it } from "vitest";
import { ROUND_EVENTS, ROUND_STATUSES, acceptsChecks, nextRoundStatus } from "./round-transitions";

describe("round transitions", () => {
  it("run PLANNED → IN_PROGRESS → CLOSED, and a reopen takes a closed round back", () => {
    expect(nextRoundStatus("PLANNED", "START")).toBe("IN_PROGRESS");
    expect(nextRoundStatus("IN_PROGRESS", "CLOSE")).toBe("CLOSED");
    expect(nextRoundStatus("CLOSED", "REOPEN")).toBe("IN_PROGRESS");
  });

  it("refuse every other event", () => {
    const allowed = new Set(["PLANNED:START", "IN_PROGRESS:CLOSE", "CLOSED:REOPEN"]);
    for (const status of ROUND_STATUSES) {
      for (const event of ROUND_EVENTS) {
        if (!allowed.has(`${status}:${event}`)) expect(nextRoundStatus(status, event)).toBeNull();
      }
    }
  });

  it("take checks only while in progress", () => {
    expect(ROUND_STATUSES.filter(acceptsChecks)).toEqual(["IN_PROGRESS"]);
  });
});
