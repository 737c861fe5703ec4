import Decimal from "decimal.js";
import type { RubricKindCode } from "./labels";
import { sortedGrades, type RubricParams } from "./rubric-params";

/** shared/scoring.md: GRADED without a map uses A 1.0, B 0.8, C 0.6, D 0. */
export const DEFAULT_GRADES: Record<string, number> = { A: 1, B: 0.8, C: 0.6, D: 0 };

type Rubric = { rubricKind: RubricKindCode; rubricParams: RubricParams; points: string | number };

const n = (value: Decimal.Value) => new Decimal(value).toFixed();

/**
 * The rubric in plain Chinese for people filling or reading the indicator system, e.g.
 * "每发现1处问题扣0.5分，最多扣4分". The numbers follow shared/scoring.md (a cap above the
 * points acts as the points).
 */
export function explainRubric({ rubricKind, rubricParams: p, points }: Rubric): string {
  const total = new Decimal(points);
  switch (rubricKind) {
    case "DEDUCT": {
      const cap = Decimal.min(p.cap === undefined ? total : new Decimal(p.cap as number), total);
      if (cap.isZero()) return `每发现1处问题扣${n(p.perFinding as number)}分，但扣分上限为0，实际不扣分`;
      return `每发现1处问题扣${n(p.perFinding as number)}分，最多扣${n(cap)}分`;
    }
    case "PROPORTION":
      return `按核查合格的比例得分：得分 = ${n(total)}分 × 合格数 ÷ 核查数`;
    case "PASS_FAIL":
      return `全部核查合格得${n(total)}分，有任何一处不合格得0分`;
    case "GRADED": {
      const grades = (p.grades as Record<string, number> | undefined) ?? DEFAULT_GRADES;
      const parts = sortedGrades(grades).map(([grade, fraction]) => `${grade}档得${n(total.times(fraction))}分（${n(new Decimal(fraction).times(100))}%）`);
      return `按评定等级得分：${parts.join("，")}；多次评定取平均`;
    }
    case "THRESHOLD": {
      const target = `${n(p.target as number)}${(p.unit as string | undefined) ?? ""}`;
      return p.direction === "AT_MOST"
        ? `不超过${target}得满分${n(total)}分；超过时按 ${target} ÷ 实际值 的比例得分`
        : `达到${target}及以上得满分${n(total)}分；未达到时按 实际值 ÷ ${target} 的比例得分`;
    }
  }
}
