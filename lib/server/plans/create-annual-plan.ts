import { invalidInput, notFound } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { createAnnualPlanInput } from "@/lib/validation/plans";
import { toAnnualPlanRow } from "./plan-rows";

/** An annual plan for a year of the cycle that has none yet. */
export const createAnnualPlan = defineUseCase({
  name: "plan.create-annual",
  permission: "manage:task",
  input: createAnnualPlanInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const plan = await tx.threeYearPlan.findFirst({
      where: { id: input.threeYearPlanId, cityId, deletedAt: null },
      select: { id: true, cycle: { select: { startYear: true, endYear: true, years: { select: { year: true } } } } },
    });
    if (!plan) throw notFound("三年规划");
    const years = plan.cycle.years.map((year) => year.year);
    if (!years.includes(input.year)) throw invalidInput({ year: [`年度须在创建周期内（${plan.cycle.startYear}—${plan.cycle.endYear}年）`] });
    // The unique key (three-year plan, year) counts deleted plans too.
    if (await tx.annualPlan.findFirst({ where: { threeYearPlanId: plan.id, year: input.year }, select: { id: true } })) {
      throw invalidInput({ year: [`${input.year}年已有年度实施方案`] });
    }
    const created = toAnnualPlanRow(
      await tx.annualPlan.create({
        data: { cityId, threeYearPlanId: plan.id, year: input.year, title: input.title, summary: input.summary ?? null },
      }),
    );
    await audit({ entityType: "AnnualPlan", entityId: created.id, cityId, after: created });
    return created;
  },
});
