import { versionConflict } from "@/lib/errors";
import { defineUseCase } from "@/lib/server/use-case";
import { updateCriterionLocalizationInput } from "@/lib/validation/indicator-localization";
import { requireCityDepartments, requireCityId } from "./city-context";
import { findCityCriterion } from "./find-city-criterion";
import { chosenResponsibilities, replaceResponsibilities } from "./responsibility-rows";

/**
 * The city's own responsible departments, deadline and exclusion for one criterion. Written to
 * the city's rows (CityCriterionDepartment, CityCriterionSetting); the edition stays as issued.
 */
export const updateCriterionLocalization = defineUseCase({
  name: "indicator.localize-criterion",
  permission: "localize:edition",
  input: updateCriterionLocalizationInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const { row: before } = await findCityCriterion(tx, cityId, input.criterionId);
    if (input.version !== undefined && input.version !== before.version) throw versionConflict(before, input);
    await requireCityDepartments(tx, cityId, [input.leadDepartmentId, ...input.coDepartmentIds]);

    const data = { rectificationDays: input.rectificationDays, isExcluded: input.isExcluded };
    if (before.version === 0) {
      await tx.cityCriterionSetting.create({ data: { cityId, criterionId: before.id, ...data } });
    } else {
      const { count } = await tx.cityCriterionSetting.updateMany({
        where: { cityId, criterionId: before.id, version: before.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw versionConflict((await findCityCriterion(tx, cityId, before.id)).row, input);
    }
    await replaceResponsibilities(tx, cityId, before.id, chosenResponsibilities(input.leadDepartmentId, input.coDepartmentIds));

    const { row: after } = await findCityCriterion(tx, cityId, before.id);
    await audit({ entityType: "Criterion", entityId: before.id, cityId, before: localizationOf(before), after: localizationOf(after) });
    return after;
  },
});

function localizationOf(row: Awaited<ReturnType<typeof findCityCriterion>>["row"]) {
  return {
    code: row.code,
    leads: row.leads.map((d) => d.name),
    coDepartments: row.coDepartments.map((d) => d.name),
    rectificationDays: row.rectificationDays,
    isExcluded: row.isExcluded,
    version: row.version,
  };
}
