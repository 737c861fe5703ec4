import { defineUseCase } from "@/lib/server/use-case";
import { updateThreeYearPlanInput } from "@/lib/validation/plans";
import { assertSaved, loadThreeYearPlan } from "./plan-changes";
import { toThreeYearPlanRow } from "./plan-rows";

/** Edits the three-year plan's title and summary. */
export const updateThreeYearPlan = defineUseCase({
  name: "plan.update",
  permission: "manage:task",
  input: updateThreeYearPlanInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await loadThreeYearPlan(tx, actor, input);
    const { count } = await tx.threeYearPlan.updateMany({
      where: { id: record.id, version: record.version },
      data: { title: input.title, summary: input.summary, version: { increment: 1 } },
    });
    const saved = toThreeYearPlanRow(await tx.threeYearPlan.findUniqueOrThrow({ where: { id: record.id } }));
    assertSaved(count, saved, input);
    await audit({ entityType: "ThreeYearPlan", entityId: record.id, cityId: record.cityId, before: toThreeYearPlanRow(record), after: saved });
    return saved;
  },
});
