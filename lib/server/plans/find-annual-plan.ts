import { todayInShanghai } from "@/lib/domain/dates";
import { AppError, notFound } from "@/lib/errors";
import { findCurrentCycle } from "@/lib/server/indicators/city/city-context";
import type { Tx } from "@/lib/server/tx";

const annualPlanSelect = { id: true, cityId: true, year: true, title: true, summary: true, threeYearPlanId: true } as const;

/**
 * The annual plan a task list belongs to: the named one (of the city, live), else the current
 * cycle's plan for this year in Shanghai, else that cycle's latest. Null when the city has none.
 */
export async function findAnnualPlan(client: Tx, cityId: string, annualPlanId?: string) {
  if (annualPlanId) {
    const plan = await client.annualPlan.findFirst({ where: { id: annualPlanId, cityId, deletedAt: null }, select: annualPlanSelect });
    if (!plan) throw notFound("年度实施方案");
    return plan;
  }
  const cycle = await findCurrentCycle(client, cityId);
  if (!cycle) return null;
  const plans = await client.annualPlan.findMany({
    where: { cityId, deletedAt: null, threeYearPlan: { cycleId: cycle.id, deletedAt: null } },
    select: annualPlanSelect,
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  });
  const thisYear = Number(todayInShanghai().slice(0, 4));
  return plans.find((plan) => plan.year === thisYear) ?? plans[0] ?? null;
}

/** As findAnnualPlan, but a city without any annual plan is told what to do first. */
export async function requireAnnualPlan(client: Tx, cityId: string, annualPlanId?: string) {
  const plan = await findAnnualPlan(client, cityId, annualPlanId);
  if (!plan) throw new AppError("NOT_FOUND", "本市当前创建周期还没有年度实施方案，请先在“计划”页面创建。", 404);
  return plan;
}
