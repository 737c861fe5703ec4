import { describe, expect, it } from "vitest";
import { createRankingListInput } from "./ranking-lists";

const base = { cycleId: "c1", name: "街道榜", members: "ALL", metric: "COMPOSITE", redCount: "2", blackCount: 1, blackThreshold: "85.5" };
const errorsOf = (input: unknown) => {
  const parsed = createRankingListInput.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("createRankingListInput", () => {
  it("takes counts and the threshold as form text or numbers, the threshold kept as text", () => {
    const parsed = createRankingListInput.parse({ ...base, blackThreshold: 85.5 });
    expect(parsed).toMatchObject({ redCount: 2, blackCount: 1, blackThreshold: "85.5" });
  });

  it("refuses a blank count instead of reading it as 0", () => {
    expect(errorsOf({ ...base, redCount: "" })).toEqual({ redCount: "红榜名额应为 0–50 的整数" });
  });

  it("refuses thresholds above 100 or with more than two decimals", () => {
    for (const blackThreshold of ["100.5", "85.123", "-1", "abc"]) {
      expect(errorsOf({ ...base, blackThreshold })).toEqual({ blackThreshold: "黑榜分数线应为 0–100 的数，最多两位小数" });
    }
    expect(errorsOf({ ...base, blackThreshold: "100" })).toEqual({});
  });

  it("needs a kind for BY_KIND and departments for CHOSEN", () => {
    expect(errorsOf({ ...base, members: "BY_KIND" })).toEqual({ memberKind: "按单位类型选择成员时，请选择单位类型" });
    expect(errorsOf({ ...base, members: "CHOSEN", departmentIds: [] })).toEqual({ departmentIds: "请至少选择一个本市单位" });
  });
});
