import { defineUseCase } from "@/lib/server/use-case";
import { updatePlanActionInput } from "@/lib/validation/plans";
import { assertActionNameFree, assertSaved, loadPlanAction } from "./plan-changes";
import { toPlanActionRow } from "./plan-rows";

/** Renames an action or edits its description. */
export const updatePlanAction = defineUseCase({
  name: "plan.update-action",
  permission: "manage:task",
  input: updatePlanActionInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await loadPlanAction(tx, actor, input);
    if (input.name !== record.name) await assertActionNameFree(tx, record.annualPlanId, input.name, record.id);
    const { count } = await tx.planAction.updateMany({
      where: { id: record.id, version: record.version },
      data: { name: input.name, description: input.description, version: { increment: 1 } },
    });
    const saved = toPlanActionRow(await tx.planAction.findUniqueOrThrow({ where: { id: record.id } }));
    assertSaved(count, saved, input);
    await audit({ entityType: "PlanAction", entityId: record.id, cityId: record.cityId, before: toPlanActionRow(record), after: saved });
    return saved;
  },
});
