import crypto from "node:crypto";
import { z } from "@/lib/validation/zod";
import { defineUseCase } from "@/lib/server/use-case";
import { buildRoundScoreInput } from "./build-round-score-input";
import { getScorableRoundOrThrow } from "./get-round-or-throw";
import { scoreCalculatorInput } from "./get-round-scores";

/** A stable hash of the engine's input: same checks, same hash, same numbers. */
export function hashScoreInput(input: unknown): string {
  const canonical = JSON.stringify(input, (_key, value) =>
    value && typeof value === "object" && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
  );
  return crypto.createHash("sha256").update(canonical).digest("hex");
}

/** Recomputes a round's scores from its checks and stores them (the audit entry records the input hash). */
export const computeRoundScore = defineUseCase({
  name: "round-score.compute",
  permission: "compute:score",
  input: z.object({ roundId: z.string().min(1) }),
  run: async ({ tx, actor, input, audit }) => {
    const round = await getScorableRoundOrThrow(tx, actor, input.roundId);
    const scoreInput = await buildRoundScoreInput(tx, round);
    const result = scoreCalculatorInput(scoreInput);
    const inputHash = hashScoreInput(scoreInput);
    const before = await tx.roundScore.findUnique({ where: { roundId: round.id } });
    const data = { inputHash, input: scoreInput as object, result: result as object, computedAt: new Date() };
    const stored = await tx.roundScore.upsert({ where: { roundId: round.id }, create: { ...data, cityId: round.cityId, roundId: round.id }, update: data });
    await audit({
      entityType: "RoundScore",
      entityId: stored.id,
      cityId: round.cityId,
      before: before ? { inputHash: before.inputHash, cityScore: (before.result as { cityScore: string | null }).cityScore } : null,
      after: { inputHash, cityScore: result.cityScore, vetoed: result.vetoed },
    });
    return { roundId: round.id, inputHash, computedAt: stored.computedAt.toISOString(), result };
  },
});
