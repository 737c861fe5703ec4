import type { Prisma } from "@/lib/generated/prisma/client";
import type { CitySettingsRow, CycleWeightsRow } from "@/lib/validation/city-settings";

// What the settings reads return: the city's own settings and its current cycle's weights.
export const currentCycleInclude = {
  cycles: {
    where: { isCurrent: true },
    take: 1,
    include: { years: { orderBy: { year: "asc" } }, edition: { select: { name: true } } },
  },
} satisfies Prisma.CityInclude;

type CityWithCycle = Prisma.CityGetPayload<{ include: typeof currentCycleInclude }>;
type CycleRecord = CityWithCycle["cycles"][number];

export function toCycleWeightsRow(cycle: CycleRecord): CycleWeightsRow {
  return {
    id: cycle.id,
    name: cycle.name,
    startYear: cycle.startYear,
    endYear: cycle.endYear,
    editionName: cycle.edition?.name ?? null,
    inspectionWeight: cycle.inspectionWeight.toString(),
    rectificationWeight: cycle.rectificationWeight.toString(),
    ledgerWeight: cycle.ledgerWeight.toString(),
    years: cycle.years.map((year) => ({ year: year.year, weight: year.weight.toString() })),
    version: cycle.version,
  };
}

export function toCitySettingsRow(city: CityWithCycle): CitySettingsRow {
  return {
    cityId: city.id,
    cityName: city.name,
    rectificationDays: city.rectificationDays,
    inspectorsMayCreateRounds: city.inspectorsMayCreateRounds,
    autoDispatchFindings: city.autoDispatchFindings,
    appealDays: city.appealDays,
    version: city.version,
    currentCycle: city.cycles[0] ? toCycleWeightsRow(city.cycles[0]) : null,
  };
}
