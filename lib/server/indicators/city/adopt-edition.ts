import { conflict, notFound, versionConflict } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { adoptEditionInput } from "@/lib/validation/indicator-localization";
import { requireCityId } from "./city-context";
import { resolveEditionForCity } from "./resolve-edition-for-city";

// Work already done against the old edition would lose its criteria if the cycle switched.
async function assertNothingDoneAgainst(tx: Tx, cityId: string, editionId: string) {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const rounds = await tx.inspectionRound.count({ where: { cityId, editionId } });
  const tasks = await tx.taskCriterion.count({ where: { task: { cityId, deletedAt: null }, criterion: { editionId } } });
  if (rounds > 0 || tasks > 0) {
    throw conflict(`本周期已有 ${rounds} 个督查轮次、${tasks} 项任务关联原测评体系，不能更换。`, { rounds, tasks });
  }
}

/**
 * A city admin adopts an edition for one of the city's cycles. Each criterion's department names
 * are resolved to the city's departments (criteria the city already localized keep theirs), and
 * the names nothing answers to come back for the admin to map.
 */
export const adoptEdition = defineUseCase({
  name: "indicator.adopt-edition",
  permission: "adopt:edition",
  input: adoptEditionInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const cycle = await tx.creationCycle.findFirst({ where: { id: input.cycleId, cityId } });
    if (!cycle) throw notFound("创建周期");
    const before = { editionId: cycle.editionId, version: cycle.version };
    if (input.version !== undefined && input.version !== cycle.version) throw versionConflict(before, input);
    const edition = await tx.indicatorEdition.findFirst({
      where: { id: input.editionId, deletedAt: null, OR: [{ provinceId: null }, { provinceId: scopeId(actor.provinceId) }] },
      select: { id: true, code: true, name: true },
    });
    if (!edition) throw notFound("测评体系");
    if (cycle.editionId && cycle.editionId !== edition.id) await assertNothingDoneAgainst(tx, cityId, cycle.editionId);

    const { count } = await tx.creationCycle.updateMany({
      where: { id: cycle.id, version: cycle.version },
      data: { editionId: edition.id, version: { increment: 1 } },
    });
    if (count === 0) throw versionConflict(before, input);
    const { resolvedCount, unmatched } = await resolveEditionForCity(tx, cityId, edition.id);
    const after = { editionId: edition.id, editionCode: edition.code, version: cycle.version + 1, resolvedCount, unmatchedNames: unmatched.map((u) => u.name) };
    await audit({ entityType: "CreationCycle", entityId: cycle.id, cityId, before, after });
    return { cycleId: cycle.id, editionId: edition.id, version: cycle.version + 1, resolvedCount, unmatchedNames: after.unmatchedNames };
  },
});
