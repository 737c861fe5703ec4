import type { Prisma } from "@/lib/generated/prisma/client";
import { createCity } from "./city";
import type { FactoryClient } from "./unique";

type CycleOverrides = Partial<Omit<Prisma.CreationCycleUncheckedCreateInput, "years">> & {
  /** Weights of the three years in order; the national 15% / 25% / 60% by default. */
  yearWeights?: readonly string[];
  /** The default ranking list's settings (the national 5 / 3 / 85 by default). */
  defaultList?: { redCount?: number; blackCount?: number; blackThreshold?: string };
};

/** A three-year creation cycle with its weighted years; its city is created unless `cityId` is given. */
export async function createCycle(client: FactoryClient, overrides: CycleOverrides = {}) {
  const { yearWeights = ["0.15", "0.25", "0.60"], defaultList = {}, ...fields } = overrides;
  const cityId = fields.cityId ?? (await createCity(client)).id;
  const startYear = fields.startYear ?? 2024;
  return client.creationCycle.create({
    data: {
      name: `${startYear}—${startYear + yearWeights.length - 1}年创建周期`,
      endYear: startYear + yearWeights.length - 1,
      ...fields,
      cityId,
      startYear,
      years: { create: yearWeights.map((weight, index) => ({ year: startYear + index, weight })) },
      rankingLists: { create: { cityId, name: "综合红黑榜", isDefault: true, members: "ALL", metric: "COMPOSITE", ...defaultList } },
    },
    include: { years: { orderBy: { year: "asc" } }, rankingLists: true },
  });
}
