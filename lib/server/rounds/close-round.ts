import { storeRoundScore } from "@/lib/server/scoring/store-round-score";
import { defineUseCase } from "@/lib/server/use-case";
import { roundIdInput } from "@/lib/validation/rounds";
import { loadRoundForEvent, saveRoundStatus } from "./change-round-status";
import { toRoundItem } from "./round-item";

/**
 * 结束: the office closes the round (unchecked items are simply not assessed) and its scores are
 * stored as `RoundScore` in the same transaction. A RECHECK round scores nothing.
 */
export const closeRound = defineUseCase({
  name: "round.close",
  permission: "manage:round",
  input: roundIdInput,
  transaction: { timeout: 60_000 },
  run: async ({ tx, actor, input, scope, audit }) => {
    const { round, next } = await loadRoundForEvent(tx, actor, scope, input.id, "CLOSE");
    const saved = await saveRoundStatus(tx, round, { status: next, closedAt: new Date() });
    const score = round.kind === "RECHECK" ? null : await storeRoundScore(tx, saved);
    await audit({
      entityType: "InspectionRound",
      entityId: round.id,
      cityId: round.cityId,
      before: { status: round.status, ...(score?.previous ? { score: score.previous } : {}) },
      after: { status: saved.status, ...(score ? { score: { inputHash: score.inputHash, cityScore: score.result.cityScore } } : {}) },
    });
    return toRoundItem(tx, saved);
  },
});
