import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { requireCityId, findCurrentCycle } from "@/lib/server/indicators/city/city-context";

export type TaskFormOptions = {
  actions: { id: string; name: string; planTitle: string }[];
  departments: { id: string; name: string }[];
  criteria: { id: string; code: string; name: string }[];
};

/**
 * What the task form offers the office: its city's live actions (latest plan year first), live
 * departments, and the criteria of the adopted edition plus the city's local ones (those the
 * city marked not applicable left out).
 */
export async function getTaskFormOptions(actor: Actor): Promise<TaskFormOptions> {
  assertCan(actor, "manage:task");
  const cityId = requireCityId(actor);
  const cycle = await findCurrentCycle(db(), cityId);
  const [actions, departments, criteria] = await Promise.all([
    db().planAction.findMany({
      where: { cityId, deletedAt: null, annualPlan: { deletedAt: null } },
      select: { id: true, name: true, annualPlan: { select: { title: true } } },
      orderBy: [{ annualPlan: { year: "desc" } }, { sortOrder: "asc" }, { name: "asc" }],
    }),
    db().department.findMany({ where: { cityId, deletedAt: null }, select: { id: true, name: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db().criterion.findMany({
      where: {
        OR: [{ cityId }, ...(cycle?.editionId ? [{ editionId: cycle.editionId, cityId: null }] : [])],
        settings: { none: { cityId, isExcluded: true } },
      },
      select: { id: true, code: true, name: true },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
  ]);
  return {
    actions: actions.map(({ id, name, annualPlan }) => ({ id, name, planTitle: annualPlan.title })),
    departments,
    criteria,
  };
}
