import { AppError } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { reopenRoundInput } from "@/lib/validation/rounds";
import { loadRoundForEvent, saveRoundStatus } from "./change-round-status";
import { toRoundItem } from "./round-item";

/** 重新打开: the office reopens a closed round with a reason, until a publication of it stands. */
export const reopenRound = defineUseCase({
  name: "round.reopen",
  permission: "manage:round",
  input: reopenRoundInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const { round, next } = await loadRoundForEvent(tx, actor, scope, input.id, "REOPEN");
    const published = await tx.publication.findFirst({ where: { roundId: round.id, supersededBy: null }, select: { id: true } });
    if (published) throw new AppError("ROUND_PUBLISHED", "该轮次的结果已发布，不能重新打开。", 409, undefined, { publicationId: published.id });
    const saved = await saveRoundStatus(tx, round, { status: next, reopenReason: input.reason, reopenedAt: new Date() });
    await audit({
      entityType: "InspectionRound",
      entityId: round.id,
      cityId: round.cityId,
      before: { status: round.status, reopenReason: round.reopenReason },
      after: { status: saved.status, reopenReason: saved.reopenReason },
    });
    return toRoundItem(tx, saved);
  },
});
