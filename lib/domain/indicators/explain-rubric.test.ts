import { describe, expect, it } from "vitest";
import { explainRubric } from "./explain-rubric";

describe("explainRubric", () => {
  it("DEDUCT: per finding and the cap, a cap above the points acting as the points", () => {
    expect(explainRubric({ rubricKind: "DEDUCT", rubricParams: { perFinding: 0.5, cap: 4 }, points: "6" })).toBe("每发现1处问题扣0.5分，最多扣4分");
    expect(explainRubric({ rubricKind: "DEDUCT", rubricParams: { perFinding: 0.5 }, points: "4" })).toBe("每发现1处问题扣0.5分，最多扣4分");
    expect(explainRubric({ rubricKind: "DEDUCT", rubricParams: { perFinding: 0.25, cap: 10 }, points: "2.5" })).toBe("每发现1处问题扣0.25分，最多扣2.5分");
    expect(explainRubric({ rubricKind: "DEDUCT", rubricParams: { perFinding: 1, cap: 0 }, points: 3 })).toBe("每发现1处问题扣1分，但扣分上限为0，实际不扣分");
  });

  it("PROPORTION and PASS_FAIL", () => {
    expect(explainRubric({ rubricKind: "PROPORTION", rubricParams: {}, points: "3" })).toBe("按核查合格的比例得分：得分 = 3分 × 合格数 ÷ 核查数");
    expect(explainRubric({ rubricKind: "PASS_FAIL", rubricParams: {}, points: "2" })).toBe("全部核查合格得2分，有任何一处不合格得0分");
  });

  it("GRADED: the default grades, or the given ones from best to worst, with exact points", () => {
    expect(explainRubric({ rubricKind: "GRADED", rubricParams: {}, points: "2" })).toBe(
      "按评定等级得分：A档得2分（100%），B档得1.6分（80%），C档得1.2分（60%），D档得0分（0%）；多次评定取平均",
    );
    expect(explainRubric({ rubricKind: "GRADED", rubricParams: { grades: { 差: 0.1, 优: 1, 良: 0.75 } }, points: "3" })).toBe(
      "按评定等级得分：优档得3分（100%），良档得2.25分（75%），差档得0.3分（10%）；多次评定取平均",
    );
  });

  it("THRESHOLD: at least or at most the target, with its unit", () => {
    expect(explainRubric({ rubricKind: "THRESHOLD", rubricParams: { target: 13, direction: "AT_LEAST", unit: "%" }, points: "3" })).toBe(
      "达到13%及以上得满分3分；未达到时按 实际值 ÷ 13% 的比例得分",
    );
    expect(explainRubric({ rubricKind: "THRESHOLD", rubricParams: { target: 55, direction: "AT_MOST", unit: "dB" }, points: "2" })).toBe(
      "不超过55dB得满分2分；超过时按 55dB ÷ 实际值 的比例得分",
    );
    expect(explainRubric({ rubricKind: "THRESHOLD", rubricParams: { target: 300, direction: "AT_LEAST" }, points: "2" })).toBe(
      "达到300及以上得满分2分；未达到时按 实际值 ÷ 300 的比例得分",
    );
  });
});
