import { db } from "@/lib/db";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createPlan } from "@/tests/factories/plan";
import { createCityScenario } from "@/tests/factories/scenario";
import { createUser } from "@/tests/factories/user";

/**
 * City A with a 2026 plan whose cycle adopted an edition, liaisons for A1 (the scenario's) and
 * A2, and a third department A3 whose liaison must never hear about tasks it has nothing to do with.
 */
export async function createTaskChangesWorld() {
  const client = db();
  const s = await createCityScenario(client);
  const plan = await createPlan(client, { cityId: s.cityA.id, year: 2026, actions: [{ name: "市容环境整治行动" }] });
  const { edition, criteria } = await createEditionFromTree(client);
  await client.creationCycle.update({ where: { id: plan.cycle.id }, data: { editionId: edition.id, isCurrent: true } });
  const otherEdition = await createEditionFromTree(client);
  const departmentA3 = await createDepartment(client, { cityId: s.cityA.id });
  const liaisonA2 = (await createUser(client, { role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: s.departmentA2.id })).actor;
  const liaisonA3 = (await createUser(client, { role: "DEPARTMENT_LIAISON", cityId: s.cityA.id, departmentId: departmentA3.id })).actor;
  const planB = await createPlan(client, { cityId: s.cityB.id, year: 2026 });
  return {
    s,
    plan,
    action: plan.actions[0],
    criteria,
    foreignCriterion: otherEdition.criteria[0],
    departmentA3,
    liaisonA2,
    liaisonA3,
    actionB: planB.actions[0],
  };
}

export type TaskChangesWorld = Awaited<ReturnType<typeof createTaskChangesWorld>>;
