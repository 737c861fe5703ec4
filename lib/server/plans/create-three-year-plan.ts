import { conflict, notFound } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { createThreeYearPlanInput } from "@/lib/validation/plans";
import { toThreeYearPlanRow } from "./plan-rows";

/** The three-year plan of a cycle of the city; a cycle has one. */
export const createThreeYearPlan = defineUseCase({
  name: "plan.create",
  permission: "manage:task",
  input: createThreeYearPlanInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const cycle = await tx.creationCycle.findFirst({ where: { id: input.cycleId, cityId }, select: { id: true } });
    if (!cycle) throw notFound("创建周期");
    if (await tx.threeYearPlan.findFirst({ where: { cycleId: cycle.id, deletedAt: null }, select: { id: true } })) {
      throw conflict("该创建周期已有三年规划，请刷新后编辑。");
    }
    const created = toThreeYearPlanRow(
      await tx.threeYearPlan.create({ data: { cityId, cycleId: cycle.id, title: input.title, summary: input.summary ?? null } }),
    );
    await audit({ entityType: "ThreeYearPlan", entityId: created.id, cityId, after: created });
    return created;
  },
});
