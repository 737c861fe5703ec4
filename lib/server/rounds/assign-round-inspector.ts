import { notFound } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { assignRoundInspectorInput } from "@/lib/validation/rounds";
import { requireCityInspectors } from "./city-inspectors";
import { getRoundOrThrow } from "./round-access";
import { loadRoundSites } from "./round-site-items";

/** 调整督查员: the office gives one site of a round to another inspector (or to nobody: any inspector). */
export const assignRoundInspector = defineUseCase({
  name: "round.assign-inspector",
  permission: "manage:round",
  input: assignRoundInspectorInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const round = await getRoundOrThrow(tx, actor, scope, input.roundId);
    const row = await tx.roundSite.findUnique({ where: { roundId_siteId: { roundId: round.id, siteId: input.siteId } } });
    if (!row) throw notFound("本轮次的点位");
    if (input.inspectorId) await requireCityInspectors(tx, round.cityId, [input.inspectorId]);
    await tx.roundSite.update({ where: { roundId_siteId: { roundId: round.id, siteId: input.siteId } }, data: { inspectorId: input.inspectorId } });
    await audit({
      entityType: "RoundSite",
      entityId: `${round.id}:${input.siteId}`,
      cityId: round.cityId,
      before: { inspectorId: row.inspectorId },
      after: { inspectorId: input.inspectorId },
    });
    const [site] = await loadRoundSites(tx, round, [input.siteId]);
    return site;
  },
});
