import type { CalculatorInput } from "@/lib/domain/scoring/calculator-input";
import type { CalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import type { Tx } from "@/lib/server/tx";
import { buildRoundScoreInput, type ScoredRound } from "./build-round-score-input";
import { scoreCalculatorInput } from "./get-round-scores";
import { hashScoreInput } from "./hash-score-input";

export type StoredRoundScore = {
  id: string;
  roundId: string;
  inputHash: string;
  input: CalculatorInput;
  result: CalculatorOutput;
  computedAt: Date;
  /** What was stored before, for the caller's audit entry; null the first time. */
  previous: { inputHash: string; cityScore: string | null } | null;
};

/**
 * Computes a round's scores afresh from its checks, findings and tasks, inside the caller's
 * transaction, and stores them (input, input hash and result) as the round's `RoundScore`. The
 * caller writes the audit entry: computing on demand and closing a round both store through here.
 */
export async function storeRoundScore(tx: Tx, round: ScoredRound): Promise<StoredRoundScore> {
  const input = await buildRoundScoreInput(tx, round);
  const result = scoreCalculatorInput(input);
  const inputHash = hashScoreInput(input);
  const before = await tx.roundScore.findUnique({ where: { roundId: round.id }, select: { inputHash: true, result: true } });
  const data = { inputHash, input: input as object, result: result as object, computedAt: new Date() };
  const stored = await tx.roundScore.upsert({ where: { roundId: round.id }, create: { ...data, cityId: round.cityId, roundId: round.id }, update: data });
  return {
    id: stored.id,
    roundId: round.id,
    inputHash,
    input,
    result,
    computedAt: stored.computedAt,
    previous: before ? { inputHash: before.inputHash, cityScore: (before.result as { cityScore: string | null }).cityScore } : null,
  };
}
