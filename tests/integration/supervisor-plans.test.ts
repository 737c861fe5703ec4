import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCoverage } from "@/lib/server/coverage/get-coverage";
import { getPlanOverview } from "@/lib/server/plans/get-plan-overview";
import { createCycle } from "@/tests/factories/cycle";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";

// 计划 and 覆盖分析 are in the supervisor's navigation: the reads behind the two pages answer a
// supervisor for any city of its province (read-only: the pages offer no writes without manage:task).

let s: CityScenario;
let away: CityScenario;
let annualPlanId: string;
beforeAll(async () => {
  s = await createCityScenario(db());
  away = await createCityScenario(db());
  const cycle = await createCycle(db(), { cityId: s.cityA.id, isCurrent: true });
  annualPlanId = (await createPlan(db(), { cycleId: cycle.id })).annualPlan.id;
});

describe("the supervisor's plans and coverage", () => {
  it("reads a city of its province", async () => {
    const overview = await getPlanOverview(s.actors.supervisor, { city: s.cityA.id });
    expect(overview.cityId).toBe(s.cityA.id);
    expect(overview.cycle).not.toBeNull();
    expect(overview.annualPlans.map((plan) => plan.id)).toContain(annualPlanId);
    const coverage = await getCoverage(s.actors.supervisor, { city: s.cityA.id, annualPlan: annualPlanId });
    expect(coverage.cityId).toBe(s.cityA.id);
    expect(coverage.annualPlan?.id).toBe(annualPlanId);
  });

  it("does not reach another province's city", async () => {
    await expect(getPlanOverview(s.actors.supervisor, { city: away.cityA.id })).rejects.toMatchObject({ status: 404 });
    await expect(getCoverage(s.actors.supervisor, { city: away.cityA.id })).rejects.toMatchObject({ status: 404 });
  });
});
