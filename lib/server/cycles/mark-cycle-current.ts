import { notFound, versionConflict } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { markCycleCurrentInput } from "@/lib/validation/cycles";
import { cycleRowInclude, toCycleRow } from "./cycle-row";

/** Makes a cycle its city's current one; the city's other cycles stop being current (one per city). */
export const markCycleCurrent = defineUseCase({
  name: "cycle.mark-current",
  permission: "manage:cycle",
  input: markCycleCurrentInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const cycle = await tx.creationCycle.findFirst({
      where: { id: input.id, city: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] } },
      include: cycleRowInclude,
    });
    if (!cycle) throw notFound("创建周期");
    if (cycle.version !== input.version) throw versionConflict(toCycleRow(cycle), input);
    await tx.creationCycle.updateMany({
      where: { cityId: cycle.cityId, isCurrent: true, id: { not: cycle.id } },
      data: { isCurrent: false, version: { increment: 1 } },
    });
    const { count } = await tx.creationCycle.updateMany({
      where: { id: cycle.id, version: cycle.version },
      data: { isCurrent: true, version: { increment: 1 } },
    });
    const saved = toCycleRow(await tx.creationCycle.findUniqueOrThrow({ where: { id: cycle.id }, include: cycleRowInclude }));
    if (count === 0) throw versionConflict(saved, input);
    await audit({ entityType: "CreationCycle", entityId: cycle.id, cityId: cycle.cityId, before: toCycleRow(cycle), after: saved });
    return saved;
  },
});
