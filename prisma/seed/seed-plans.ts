import type { Tx } from "@/lib/server/tx";
import { createPlan } from "@/tests/factories/plan";
import { ANNUAL_PLAN_2026, PLAN_ACTIONS, THREE_YEAR_PLAN } from "./data/plan";

/** The demo city's three-year plan and its 2026 annual plan with the eight actions. */
export async function seedPlans(tx: Tx, cycleId: string) {
  return createPlan(tx, {
    cycleId,
    title: THREE_YEAR_PLAN.title,
    summary: THREE_YEAR_PLAN.summary,
    year: ANNUAL_PLAN_2026.year,
    annualTitle: ANNUAL_PLAN_2026.title,
    annualSummary: ANNUAL_PLAN_2026.summary,
    actions: PLAN_ACTIONS,
  });
}
