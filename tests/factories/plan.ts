import { createCycle } from "./cycle";
import { uniqueSuffix, type FactoryClient } from "./unique";

export type PlanOverrides = {
  cityId?: string;
  cycleId?: string;
  title?: string;
  summary?: string | null;
  year?: number;
  annualTitle?: string;
  annualSummary?: string | null;
  /** The annual plan's actions, in order. */
  actions?: ReadonlyArray<{ name: string; description?: string | null }>;
};

/**
 * A three-year plan with one annual plan and its actions. The cycle (and its city) is created
 * unless `cycleId` is given.
 */
export async function createPlan(client: FactoryClient, overrides: PlanOverrides = {}) {
  const cycle = overrides.cycleId
    ? await client.creationCycle.findUniqueOrThrow({ where: { id: overrides.cycleId } })
    : await createCycle(client, overrides.cityId ? { cityId: overrides.cityId } : {});
  const cityId = cycle.cityId;
  const suffix = uniqueSuffix();
  const year = overrides.year ?? cycle.endYear;
  const threeYearPlan = await client.threeYearPlan.create({
    data: { cityId, cycleId: cycle.id, title: overrides.title ?? `三年行动计划${suffix}`, summary: overrides.summary ?? null },
  });
  const annualPlan = await client.annualPlan.create({
    data: {
      cityId,
      threeYearPlanId: threeYearPlan.id,
      year,
      title: overrides.annualTitle ?? `${year}年实施方案${suffix}`,
      summary: overrides.annualSummary ?? null,
    },
  });
  const actionRows = overrides.actions ?? [{ name: `测试行动${suffix}` }];
  const actions = await client.planAction.createManyAndReturn({
    data: actionRows.map(({ name, description }, sortOrder) => ({
      cityId,
      annualPlanId: annualPlan.id,
      name,
      description: description ?? null,
      sortOrder,
    })),
  });
  return { cycle, threeYearPlan, annualPlan, actions };
}
