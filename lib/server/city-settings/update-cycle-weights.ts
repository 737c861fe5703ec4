import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { updateCycleWeightsInput } from "@/lib/validation/city-settings";
import { toCycleWeightsRow } from "./city-settings-row";

const cycleInclude = { years: { orderBy: { year: "asc" } }, edition: { select: { name: true } } } as const;

/**
 * The office sets its cycle's scorecard weights (inspection / rectification / ledger) and the
 * weight of each of its years. Rounds score with the weights of their own cycle, on read.
 */
export const updateCycleWeights = defineUseCase({
  name: "cycle.update-weights",
  permission: "manage:city-settings",
  input: updateCycleWeightsInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const cycle = await tx.creationCycle.findFirst({
      where: { id: input.cycleId, city: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] } },
      include: cycleInclude,
    });
    if (!cycle) throw notFound("创建周期");
    const before = toCycleWeightsRow(cycle);
    if (cycle.version !== input.version) throw versionConflict(before, input);
    const stored = cycle.years.map((year) => year.year).join(",");
    const sent = input.years.map((year) => year.year).sort((a, b) => a - b);
    if (sent.join(",") !== stored) throw invalidInput({ years: [`请为本周期的每个年度（${cycle.startYear}—${cycle.endYear}）各填一个权重`] });
    const { count } = await tx.creationCycle.updateMany({
      where: { id: cycle.id, version: cycle.version },
      data: {
        inspectionWeight: input.inspectionWeight,
        rectificationWeight: input.rectificationWeight,
        ledgerWeight: input.ledgerWeight,
        version: { increment: 1 },
      },
    });
    if (count > 0) {
      for (const year of input.years) {
        await tx.cycleYear.update({ where: { cycleId_year: { cycleId: cycle.id, year: year.year } }, data: { weight: year.weight } });
      }
    }
    const after = toCycleWeightsRow(await tx.creationCycle.findUniqueOrThrow({ where: { id: cycle.id }, include: cycleInclude }));
    if (count === 0) throw versionConflict(after, input);
    await audit({ entityType: "CreationCycle", entityId: cycle.id, cityId: cycle.cityId, before, after });
    return after;
  },
});
