import type { Tx } from "@/lib/server/tx";
import { defineUseCase } from "@/lib/server/use-case";
import { mapDepartmentNameInput } from "@/lib/validation/indicator-localization";
import { findCurrentCycle, requireCityDepartments, requireCityId } from "./city-context";
import { editionCriteria } from "./resolve-edition-for-city";
import { loadNameResolver, loadResponsibilities, replaceResponsibilities } from "./responsibility-rows";
import { resolveCriterion, sameResponsibilities, unmatchedNames } from "./resolve-responsibilities";

/**
 * Re-resolves the criteria of the current cycle's edition that use `name`. A criterion whose
 * departments are still what the old mapping gave follows the new one; one the city admin set by
 * hand keeps its departments.
 */
async function reResolve(tx: Tx, cityId: string, name: string, changeMapping: () => Promise<void>) {
  const cycle = await findCurrentCycle(tx, cityId);
  if (!cycle?.editionId) {
    await changeMapping();
    return { reResolvedCount: 0, unmatchedNames: [] as string[] };
  }
  const criteria = await editionCriteria(tx, cycle.editionId);
  const affected = criteria.filter((c) => c.leadDepartmentName === name || c.coDepartmentNames.includes(name));
  const current = await loadResponsibilities(
    tx,
    cityId,
    affected.map((c) => c.id),
  );
  const resolveBefore = await loadNameResolver(tx, cityId);
  await changeMapping();
  const resolveAfter = await loadNameResolver(tx, cityId);
  let reResolvedCount = 0;
  for (const criterion of affected) {
    const rows = current.get(criterion.id) ?? [];
    if (!sameResponsibilities(rows, resolveCriterion(criterion, resolveBefore))) continue;
    const next = resolveCriterion(criterion, resolveAfter);
    if (sameResponsibilities(rows, next)) continue;
    await replaceResponsibilities(tx, cityId, criterion.id, next);
    reResolvedCount += 1;
  }
  return { reResolvedCount, unmatchedNames: unmatchedNames(criteria, resolveAfter).map((u) => u.name) };
}

/** Maps an edition's department name (e.g. 市公安局交警支队) to one of the city's departments, or to all its street offices. */
export const mapDepartmentName = defineUseCase({
  name: "indicator.map-department-name",
  permission: "localize:edition",
  input: mapDepartmentNameInput,
  run: async ({ tx, actor, input, audit }) => {
    const cityId = requireCityId(actor);
    const departmentId = input.departmentId ?? null;
    if (departmentId) await requireCityDepartments(tx, cityId, [departmentId]);
    const previous = await tx.departmentNameMapping.findMany({ where: { cityId, name: input.name } });
    let mappingId = "";
    const result = await reResolve(tx, cityId, input.name, async () => {
      await tx.departmentNameMapping.deleteMany({ where: { cityId, name: input.name } });
      const created = await tx.departmentNameMapping.create({
        data: { cityId, name: input.name, departmentId, isAllStreets: !departmentId },
      });
      mappingId = created.id;
    });
    const mapping = { name: input.name, departmentId, isAllStreets: !departmentId };
    await audit({
      entityType: "DepartmentNameMapping",
      entityId: mappingId,
      cityId,
      before: previous.map(({ name, departmentId: id, isAllStreets }) => ({ name, departmentId: id, isAllStreets })),
      after: { ...mapping, reResolvedCount: result.reResolvedCount },
    });
    return { id: mappingId, ...mapping, ...result };
  },
});
