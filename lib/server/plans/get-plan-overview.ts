import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import { zodFieldErrors } from "@/lib/server/use-case";
import { planOverviewQuery, type PlanOverview } from "@/lib/validation/plans";
import { toAnnualPlanRow, toPlanActionRow, toThreeYearPlanRow } from "./plan-rows";
import { resolveReadCity } from "./resolve-read-city";

/** The city's current creation cycle, its three-year plan, the annual plans and their actions with live task counts. */
export async function getPlanOverview(actor: Actor, params: { city?: string } = {}): Promise<PlanOverview> {
  const scope = assertCan(actor, "read:task");
  const parsed = planOverviewQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const client = db();
  const cityId = await resolveReadCity(client, actor, scope, parsed.data.city);
  const cycle = await findCurrentCycle(client, cityId);
  if (!cycle) return { cityId, cycle: null, threeYearPlan: null, annualPlans: [], freeYears: [] };
  const [years, threeYearPlan] = await Promise.all([
    client.cycleYear.findMany({ where: { cycleId: cycle.id }, orderBy: { year: "asc" } }),
    client.threeYearPlan.findFirst({ where: { cycleId: cycle.id, cityId, deletedAt: null }, orderBy: { createdAt: "asc" } }),
  ]);
  const annualPlans = threeYearPlan
    ? await client.annualPlan.findMany({
        where: { threeYearPlanId: threeYearPlan.id, deletedAt: null },
        orderBy: { year: "asc" },
        include: {
          actions: {
            where: { deletedAt: null },
            orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
            include: { _count: { select: { tasks: { where: { deletedAt: null } } } } },
          },
        },
      })
    : [];
  const planned = new Set(annualPlans.map((plan) => plan.year));
  return {
    cityId,
    cycle: {
      id: cycle.id,
      name: cycle.name,
      startYear: cycle.startYear,
      endYear: cycle.endYear,
      years: years.map((y) => ({ year: y.year, weight: y.weight.toString() })),
    },
    threeYearPlan: threeYearPlan ? toThreeYearPlanRow(threeYearPlan) : null,
    annualPlans: annualPlans.map((plan) => ({
      ...toAnnualPlanRow(plan),
      actions: plan.actions.map((action) => ({ ...toPlanActionRow(action), taskCount: action._count.tasks })),
    })),
    freeYears: threeYearPlan ? years.map((y) => y.year).filter((year) => !planned.has(year)) : [],
  };
}
