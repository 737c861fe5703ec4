import type { Tx } from "@/lib/server/tx";
import { createPlan } from "@/tests/factories/plan";
import { annualPlan, PLAN_ACTIONS, threeYearPlan } from "./data/plan";

/** The demo city's three-year plan and this year's annual plan (the cycle's last) with the eight actions. */
export async function seedPlans(tx: Tx, cycleId: string, year: number) {
  const plan = threeYearPlan(year);
  const annual = annualPlan(year);
  return createPlan(tx, {
    cycleId,
    title: plan.title,
    summary: plan.summary,
    year: annual.year,
    annualTitle: annual.title,
    annualSummary: annual.summary,
    actions: PLAN_ACTIONS,
  });
}
