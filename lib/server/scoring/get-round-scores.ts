import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { CalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { toCalculatorOutput, type CalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";
import { AppError } from "@/lib/errors";
import { buildRoundScoreInput } from "./build-round-score-input";
import { getScorableRoundOrThrow } from "./get-round-or-throw";

/** The engine's output for an input; data that breaks a rubric is a 422 naming the field. */
export function scoreCalculatorInput(input: CalculatorInput): CalculatorOutput {
  try {
    return toCalculatorOutput(scoreRound(parseCalculatorInput(input)));
  } catch (error) {
    if (error instanceof ScoringInputError) throw new AppError("SCORING_INPUT_INVALID", `评分数据有误：${error.message}`, 422);
    throw error;
  }
}

/** The calculator's input for a round, exactly what an auditor reruns with `npm run score`. */
export async function getRoundScoreInput(actor: Actor, roundId: string): Promise<CalculatorInput> {
  const round = await getScorableRoundOrThrow(db(), actor, roundId);
  return buildRoundScoreInput(db(), round);
}

/** The engine's full breakdown of a round, computed now from its checks. */
export async function getRoundScores(actor: Actor, roundId: string): Promise<CalculatorOutput> {
  return scoreCalculatorInput(await getRoundScoreInput(actor, roundId));
}
