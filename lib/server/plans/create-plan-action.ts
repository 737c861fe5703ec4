import { notFound } from "@/lib/errors";
import { requireCityId } from "@/lib/server/indicators/city/city-context";
import { defineUseCase } from "@/lib/server/use-case";
import { createPlanActionInput } from "@/lib/validation/plans";
import { assertActionNameFree } from "./plan-changes";
import { toPlanActionRow } from "./plan-rows";

/** A new action at the end of an annual plan's list. */
export const createPlanAction = defineUseCase({
  name: "plan.create-action",
  permission: "manage:task",
  input: createPlanActionInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const plan = await tx.annualPlan.findFirst({ where: { id: input.annualPlanId, cityId, deletedAt: null }, select: { id: true } });
    if (!plan) throw notFound("年度实施方案");
    await assertActionNameFree(tx, plan.id, input.name);
    const last = await tx.planAction.aggregate({ where: { annualPlanId: plan.id }, _max: { sortOrder: true } });
    const created = toPlanActionRow(
      await tx.planAction.create({
        data: {
          cityId,
          annualPlanId: plan.id,
          name: input.name,
          description: input.description ?? null,
          sortOrder: (last._max.sortOrder ?? -1) + 1,
        },
      }),
    );
    await audit({ entityType: "PlanAction", entityId: created.id, cityId, after: created });
    return created;
  },
});
