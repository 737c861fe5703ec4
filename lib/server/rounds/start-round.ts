import { defineUseCase } from "@/lib/server/use-case";
import { roundIdInput } from "@/lib/validation/rounds";
import { loadRoundForEvent, saveRoundStatus } from "./change-round-status";
import { assertInspectorOnRound } from "./round-access";
import { toRoundItem } from "./round-item";

/** 开始: the office or one of the round's inspectors (any inspector of the city when it names none). */
export const startRound = defineUseCase({
  name: "round.start",
  permission: "start:round",
  input: roundIdInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const { round, next } = await loadRoundForEvent(tx, actor, scope, input.id, "START");
    await assertInspectorOnRound(tx, actor, round.id);
    const saved = await saveRoundStatus(tx, round, { status: next, startedAt: new Date() });
    await audit({ entityType: "InspectionRound", entityId: round.id, cityId: round.cityId, before: { status: round.status }, after: { status: saved.status } });
    return toRoundItem(tx, saved);
  },
});
