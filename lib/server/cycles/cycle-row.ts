import type { Prisma } from "@/lib/generated/prisma/client";
import type { CycleRow } from "@/lib/validation/cycles";

export const cycleRowInclude = {
  years: { orderBy: { year: "asc" } },
  rankingLists: { orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { name: true } },
} satisfies Prisma.CreationCycleInclude;

type CycleRecord = Prisma.CreationCycleGetPayload<{ include: typeof cycleRowInclude }>;

export function toCycleRow(cycle: CycleRecord): CycleRow {
  return {
    id: cycle.id,
    cityId: cycle.cityId,
    name: cycle.name,
    startYear: cycle.startYear,
    endYear: cycle.endYear,
    editionId: cycle.editionId,
    isCurrent: cycle.isCurrent,
    years: cycle.years.map((year) => ({ year: year.year, weight: year.weight.toString() })),
    listNames: cycle.rankingLists.map((list) => list.name),
    version: cycle.version,
  };
}
