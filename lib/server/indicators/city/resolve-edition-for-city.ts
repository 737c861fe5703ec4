import type { Tx } from "@/lib/server/tx";
import { loadNameResolver, loadResponsibilities } from "./responsibility-rows";
import { resolveCriterion, unmatchedNames } from "./resolve-responsibilities";

const namedCriterion = { id: true, leadDepartmentName: true, coDepartmentNames: true } as const;

/** The edition's own criteria (not any city's local ones), with their department names. */
export function editionCriteria(tx: Tx, editionId: string) {
  return tx.criterion.findMany({ where: { editionId, cityId: null }, select: namedCriterion, orderBy: { sortOrder: "asc" } });
}

/**
 * Writes the city's responsible departments for every criterion of the edition that has none
 * yet. A criterion with rows keeps them: they were resolved before (and are re-resolved when a
 * mapping changes) or set by the city admin by hand.
 */
export async function resolveEditionForCity(tx: Tx, cityId: string, editionId: string) {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const criteria = await editionCriteria(tx, editionId);
  const resolve = await loadNameResolver(tx, cityId);
  const current = await loadResponsibilities(
    tx,
    cityId,
    criteria.map((criterion) => criterion.id),
  );
  const data = criteria
    .filter((criterion) => current.get(criterion.id)?.length === 0)
    .flatMap((criterion) => resolveCriterion(criterion, resolve).map((row) => ({ cityId, criterionId: criterion.id, ...row })));
  if (data.length > 0) await tx.cityCriterionDepartment.createMany({ data });
  return { resolvedCount: new Set(data.map((row) => row.criterionId)).size, unmatched: unmatchedNames(criteria, resolve) };
}
