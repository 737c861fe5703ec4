import type { Actor } from "@/lib/auth/actor";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { displayScore } from "@/lib/domain/scoring/calculator-output";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";
import { AppError } from "@/lib/errors";
import { getRoundScoreInput } from "@/lib/server/scoring/get-round-scores";

export type RoundScoreView = {
  cityScore: string | null;
  vetoed: boolean;
  departments: {
    name: string;
    rank: number | null;
    composite: string | null;
    inspectionScore: string | null;
    rectificationRate: string | null;
    ledgerCompleteness: string | null;
    overdueOpen: number;
  }[];
  redList: string[];
  blackList: string[];
};

/**
 * A round's scores for the screen, computed now from the same input as `/api/v1/rounds/{id}/scores`
 * and rounded once from the exact fractions to 2 decimals (rounding the API's 4-decimal text again
 * could round twice).
 */
export async function getRoundScoreView(actor: Actor, roundId: string): Promise<RoundScoreView> {
  const input = await getRoundScoreInput(actor, roundId);
  let scores;
  try {
    scores = scoreRound(parseCalculatorInput(input));
  } catch (error) {
    if (error instanceof ScoringInputError) throw new AppError("SCORING_INPUT_INVALID", `评分数据有误：${error.message}`, 422);
    throw error;
  }
  return {
    cityScore: displayScore(scores.cityScore),
    vetoed: scores.vetoed,
    departments: scores.departments.map((department) => ({
      name: department.name,
      rank: department.rank,
      composite: displayScore(department.composite),
      inspectionScore: displayScore(department.inspectionScore),
      rectificationRate: displayScore(department.rectificationRate),
      ledgerCompleteness: displayScore(department.ledgerCompleteness),
      overdueOpen: department.overdueOpen,
    })),
    redList: scores.redList,
    blackList: scores.blackList,
  };
}
