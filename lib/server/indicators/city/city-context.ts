import type { Actor } from "@/lib/auth/actor";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";

// What every city-side indicator use case starts from: the actor's city, its current creation
// cycle and the edition that cycle adopted, and the live departments an input may name.

export function requireCityId(actor: Actor): string {
  if (!actor.cityId) throw forbidden();
  return actor.cityId;
}

/** The city's current cycle; a city that marked none falls back to its latest. */
export function findCurrentCycle(client: Tx, cityId: string) {
  return client.creationCycle.findFirst({
    where: { cityId },
    orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }, { createdAt: "desc" }],
  });
}

/**
 * The current cycle and its adopted edition's id. Without one no criterion exists for the city
 * (404, like any record outside its scope), said plainly so the admin knows what to do.
 */
export async function requireAdoptedEdition(client: Tx, cityId: string) {
  const cycle = await findCurrentCycle(client, cityId);
  if (!cycle?.editionId) throw new AppError("NOT_FOUND", "本市当前创建周期尚未采用测评体系，请先采用。", 404);
  return { cycle, editionId: cycle.editionId };
}

/** The named departments, all live and of the city; any other id does not exist for the actor. */
export async function requireCityDepartments(client: Tx, cityId: string, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  const found = await client.department.findMany({
    where: { id: { in: unique }, cityId, deletedAt: null },
    select: { id: true, name: true, kind: true },
  });
  if (found.length !== unique.length) throw notFound("单位");
  return new Map(found.map((department) => [department.id, department]));
}
