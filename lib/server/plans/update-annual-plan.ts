import { defineUseCase } from "@/lib/server/use-case";
import { updateAnnualPlanInput } from "@/lib/validation/plans";
import { assertSaved, loadAnnualPlan } from "./plan-changes";
import { toAnnualPlanRow } from "./plan-rows";

/** Edits an annual plan's title and summary (its year stays). */
export const updateAnnualPlan = defineUseCase({
  name: "plan.update-annual",
  permission: "manage:task",
  input: updateAnnualPlanInput,
  run: async ({ tx, actor, input, audit }) => {
    const record = await loadAnnualPlan(tx, actor, input);
    const { count } = await tx.annualPlan.updateMany({
      where: { id: record.id, version: record.version },
      data: { title: input.title, summary: input.summary, version: { increment: 1 } },
    });
    const saved = toAnnualPlanRow(await tx.annualPlan.findUniqueOrThrow({ where: { id: record.id } }));
    assertSaved(count, saved, input);
    await audit({ entityType: "AnnualPlan", entityId: record.id, cityId: record.cityId, before: toAnnualPlanRow(record), after: saved });
    return saved;
  },
});
