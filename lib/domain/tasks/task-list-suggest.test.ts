import { describe, expect, it } from "vitest";
import { closestName, editDistance, longestCommonSubsequence, longestCommonSubstring } from "./task-list-suggest";

const DEPARTMENTS = ["市城管局", "市住建局", "市交通运输局", "市市场监管局", "团市委", "雄关街道办事处"];

describe("name suggestions", () => {
  it("measures edits and shared runs", () => {
    expect(editDistance("城管局", "市城管局")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(longestCommonSubstring("城管局", "市城管局")).toBe(3);
    expect(longestCommonSubstring("交通局", "市交通运输局")).toBe(2);
    expect(longestCommonSubstring("甲", "乙")).toBe(0);
    expect(longestCommonSubsequence("城市管理局", "市城管局")).toBe(3);
  });

  it("suggests the department a name most likely meant", () => {
    expect(closestName("城管局", DEPARTMENTS)).toBe("市城管局");
    expect(closestName("市城管理局", DEPARTMENTS)).toBe("市城管局");
    expect(closestName("交通局", DEPARTMENTS)).toBe("市交通运输局");
    expect(closestName("市场监管局", DEPARTMENTS)).toBe("市市场监管局");
    expect(closestName("团委", DEPARTMENTS)).toBe("团市委");
    expect(closestName("雄关街道", DEPARTMENTS)).toBe("雄关街道办事处");
    expect(closestName("城市管理局", DEPARTMENTS)).toBe("市城管局");
    expect(closestName("市住建", DEPARTMENTS)).toBe("市住建局");
  });

  it("suggests nothing rather than something unrelated", () => {
    expect(closestName("气象台", DEPARTMENTS)).toBeUndefined();
    expect(closestName("市气象局", DEPARTMENTS)).toBeUndefined();
    expect(closestName("城管局", [])).toBeUndefined();
  });
});
