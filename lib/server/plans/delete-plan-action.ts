import { conflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { deletePlanActionInput } from "@/lib/validation/plans";
import { assertSaved, loadPlanAction } from "./plan-changes";
import { toPlanActionRow } from "./plan-rows";

/**
 * Soft-deletes an action that no live task belongs to (an action added by mistake, or emptied
 * by moving its tasks). An action with tasks is refused rather than taking them along: a task
 * carries ledgers and history that must not vanish with a click on its action.
 */
export const deletePlanAction = defineUseCase({
  name: "plan.delete-action",
  permission: "manage:task",
  input: deletePlanActionInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await loadPlanAction(tx, actor, input);
    const taskCount = await tx.task.count({ where: { actionId: record.id, deletedAt: null } });
    if (taskCount > 0) throw conflict(`该行动下还有 ${taskCount} 项任务，请先把任务改到其他行动或删除，再删除该行动。`);
    const deletedAt = new Date();
    const { count } = await tx.planAction.updateMany({
      where: { id: record.id, version: record.version },
      data: { deletedAt, version: { increment: 1 } },
    });
    assertSaved(count, toPlanActionRow(await tx.planAction.findUniqueOrThrow({ where: { id: record.id } })), input);
    await audit({
      entityType: "PlanAction",
      entityId: record.id,
      cityId: record.cityId,
      before: toPlanActionRow(record),
      after: { deletedAt: deletedAt.toISOString() },
    });
    return { id: record.id, deleted: true as const };
  },
});
