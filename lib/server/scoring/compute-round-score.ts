import { idSchema } from "@/lib/validation/primitives";
import { z } from "@/lib/validation/zod";
import { defineUseCase } from "@/lib/server/use-case";
import { getScorableRoundOrThrow } from "./get-round-or-throw";
import { storeRoundScore } from "./store-round-score";

/** Recomputes a round's scores from its checks and stores them (the audit entry records the input hash). */
export const computeRoundScore = defineUseCase({
  name: "round-score.compute",
  permission: "compute:score",
  input: z.object({ roundId: idSchema }),
  run: async ({ tx, actor, input, audit }) => {
    const round = await getScorableRoundOrThrow(tx, actor, input.roundId);
    const stored = await storeRoundScore(tx, round);
    await audit({
      entityType: "RoundScore",
      entityId: stored.id,
      cityId: round.cityId,
      before: stored.previous,
      after: { inputHash: stored.inputHash, cityScore: stored.result.cityScore, vetoed: stored.result.vetoed },
    });
    return { roundId: round.id, inputHash: stored.inputHash, computedAt: stored.computedAt.toISOString(), result: stored.result };
  },
});
