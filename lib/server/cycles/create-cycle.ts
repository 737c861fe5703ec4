import { invalidInput, notFound } from "@/lib/errors";
import { cityScopeWhere } from "@/lib/server/cities/city-scope";
import { defineUseCase } from "@/lib/server/use-case";
import { createCycleInput } from "@/lib/validation/cycles";
import { DEFAULT_LIST_NAME } from "@/lib/validation/ranking-lists";
import { copyPreviousLists } from "./copy-previous-lists";
import { cycleRowInclude, toCycleRow } from "./cycle-row";

/**
 * A supervisor (its province's cities) or the system admin opens a city's creation cycle: three
 * weighted years, the default list (综合红黑榜: every department by the composite, 5 / 3 / 85)
 * and a copy of the previous cycle's other lists. Marked current, it unmarks the city's others.
 */
export const createCycle = defineUseCase({
  name: "cycle.create",
  permission: "manage:cycle",
  input: createCycleInput,
  run: async ({ tx, actor, input, scope, audit }) => {
    const city = await tx.city.findFirst({ where: { AND: [{ id: input.cityId, deletedAt: null }, cityScopeWhere(actor, scope)] }, select: { id: true } });
    if (!city) throw notFound("城市");
    if (input.editionId && !(await tx.indicatorEdition.findFirst({ where: { id: input.editionId, deletedAt: null }, select: { id: true } }))) {
      throw invalidInput({ editionId: ["所选测评体系不存在"] });
    }
    const endYear = input.startYear + input.yearWeights.length - 1;
    const overlap = await tx.creationCycle.findFirst({
      where: { cityId: city.id, startYear: { lte: endYear }, endYear: { gte: input.startYear } },
      select: { name: true },
    });
    if (overlap) throw invalidInput({ startYear: [`与已有周期“${overlap.name}”的年份重叠`] });
    if (input.isCurrent)
      await tx.creationCycle.updateMany({ where: { cityId: city.id, isCurrent: true }, data: { isCurrent: false, version: { increment: 1 } } });
    const cycle = await tx.creationCycle.create({
      data: {
        cityId: city.id,
        name: input.name,
        startYear: input.startYear,
        endYear,
        editionId: input.editionId ?? null,
        isCurrent: input.isCurrent,
        years: { create: input.yearWeights.map((weight, index) => ({ year: input.startYear + index, weight })) },
        rankingLists: {
          create: {
            cityId: city.id,
            name: DEFAULT_LIST_NAME,
            isDefault: true,
            members: "ALL",
            metric: "COMPOSITE",
            redCount: 5,
            blackCount: 3,
            blackThreshold: "85",
          },
        },
      },
    });
    await copyPreviousLists(tx, cycle);
    const row = toCycleRow(await tx.creationCycle.findUniqueOrThrow({ where: { id: cycle.id }, include: cycleRowInclude }));
    await audit({ entityType: "CreationCycle", entityId: row.id, cityId: row.cityId, before: null, after: row });
    return row;
  },
});
