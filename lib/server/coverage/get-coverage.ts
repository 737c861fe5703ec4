import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import { findAnnualPlan } from "@/lib/server/plans/find-annual-plan";
import { resolveReadCity } from "@/lib/server/plans/resolve-read-city";
import { taskScopeWhere } from "@/lib/server/tasks/task-scope";
import { zodFieldErrors } from "@/lib/server/use-case";
import { coverageQuery, type Coverage, type CoverageParams } from "@/lib/validation/coverage";
import { loadCityCriteria } from "./city-criteria";
import { computeCoverage } from "./compute-coverage";

/**
 * The gap finder: every applicable criterion of the city's indicator system (its adopted edition
 * and local criteria) with the live tasks of the annual plan that serve it (those in the actor's
 * scope), points at stake per action, and the totals.
 */
export async function getCoverage(actor: Actor, params: CoverageParams = {}): Promise<Coverage> {
  const scope = assertCan(actor, "read:task");
  const parsed = coverageQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const client = db();
  const cityId = await resolveReadCity(client, actor, scope, parsed.data.city);
  const [annualPlan, { editionId, criteria }] = await Promise.all([findAnnualPlan(client, cityId, parsed.data.annualPlan), loadCityCriteria(client, cityId)]);
  const [actions, tasks] = annualPlan
    ? await Promise.all([
        client.planAction.findMany({
          where: { annualPlanId: annualPlan.id, deletedAt: null },
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, name: true },
        }),
        client.task.findMany({
          where: { AND: [taskScopeWhere(actor, scope), { cityId, action: { annualPlanId: annualPlan.id, deletedAt: null } }] },
          orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
          select: { id: true, title: true, actionId: true, criteria: { select: { criterionId: true } } },
        }),
      ])
    : [[], []];
  const result = computeCoverage(
    criteria
      .filter((criterion) => !criterion.isExcluded)
      .map((criterion) => ({
        id: criterion.id,
        code: criterion.code,
        name: criterion.name,
        points: criterion.points.toString(),
        isLocal: criterion.cityId !== null,
        categoryName: criterion.content.category.name,
        contentName: criterion.content.name,
      })),
    actions,
    tasks.map((task) => ({ id: task.id, title: task.title, actionId: task.actionId, criterionIds: task.criteria.map((c) => c.criterionId) })),
  );
  return {
    cityId,
    annualPlan: annualPlan ? { id: annualPlan.id, year: annualPlan.year, title: annualPlan.title } : null,
    hasEdition: editionId !== null,
    ...result,
  };
}
