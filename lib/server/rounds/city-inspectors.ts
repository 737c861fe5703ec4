import { notFound } from "@/lib/errors";
import type { Db } from "@/lib/db";
import type { Tx } from "@/lib/server/tx";

/** The named users, each an active inspector of the city; any other id does not exist for the actor. */
export async function requireCityInspectors(client: Db | Tx, cityId: string, ids: readonly string[]): Promise<Map<string, { id: string; name: string }>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const users = await client.user.findMany({
    where: { id: { in: unique }, isActive: true, memberships: { some: { role: "INSPECTOR", cityId } } },
    select: { id: true, name: true },
  });
  if (users.length !== unique.length) throw notFound("督查员");
  return new Map(users.map((user) => [user.id, user]));
}

/** Shares sites out among inspectors in turn, in the given (draw) order; none named: nobody's. */
export function shareOut(siteIds: readonly string[], inspectorIds: readonly string[]): Array<{ siteId: string; inspectorId: string | null }> {
  const unique = [...new Set(inspectorIds)];
  return siteIds.map((siteId, index) => ({ siteId, inspectorId: unique.length ? unique[index % unique.length] : null }));
}
