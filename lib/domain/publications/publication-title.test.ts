import { describe, expect, it } from "vitest";
import { correctionTitle, periodPublicationTitle, roundPublicationTitle } from "./publication-title";

describe("publication titles", () => {
  const issue = { ownerName: "嘉峪关市", issueYear: 2026, issueNumber: 12 };

  it("name the city, the issue and the round with its kind", () => {
    expect(roundPublicationTitle(issue, { name: "第3轮", kind: "WEEKLY" })).toBe("嘉峪关市2026年第12期创文督查通报（第3轮 周督查）");
    expect(roundPublicationTitle(issue, { name: "三月模拟", kind: "UNKNOWN" })).toBe("嘉峪关市2026年第12期创文督查通报（三月模拟）");
  });

  it("name a period by its dates and kind, and a correction says so", () => {
    const title = periodPublicationTitle(issue, "QUARTER", { start: "2026-01-01", end: "2026-03-31" });
    expect(title).toBe("嘉峪关市2026年第12期创文督查通报（2026-01-01 至 2026-03-31 季度）");
    expect(correctionTitle(title)).toBe(`${title}（更正）`);
  });
});
