import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { movePlanActionInput } from "@/lib/validation/plans";
import { loadPlanAction } from "./plan-changes";
import { toPlanActionRow } from "./plan-rows";

/**
 * Moves an action one place up or down. The plan's actions are renumbered 0…n-1 in the new
 * order, so equal or gappy sort orders (from imports or old data) are straightened out too.
 */
export const movePlanAction = defineUseCase({
  name: "plan.move-action",
  permission: "manage:task",
  input: movePlanActionInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await loadPlanAction(tx, actor, input);
    const siblings = await tx.planAction.findMany({
      where: { annualPlanId: record.annualPlanId, deletedAt: null },
      orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, sortOrder: true },
    });
    const index = siblings.findIndex((sibling) => sibling.id === record.id);
    const target = input.direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= siblings.length) throw conflict(input.direction === "up" ? "该行动已排在最前。" : "该行动已排在最后。");
    [siblings[index], siblings[target]] = [siblings[target], siblings[index]];
    for (const [position, sibling] of siblings.entries()) {
      if (sibling.sortOrder === position) continue;
      await tx.planAction.update({ where: { id: sibling.id }, data: { sortOrder: position, version: { increment: 1 } } });
    }
    const saved = toPlanActionRow(await tx.planAction.findUniqueOrThrow({ where: { id: record.id } }));
    await audit({ entityType: "PlanAction", entityId: record.id, cityId: record.cityId, before: toPlanActionRow(record), after: saved });
    return saved;
  },
});
