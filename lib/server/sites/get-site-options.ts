import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { SiteOptions } from "@/lib/validation/sites";

/**
 * What the site filters and form offer: every site type, and for a city-bound actor its live
 * departments and the streets and grids its sites use (province and system readers get types only).
 */
export async function getSiteOptions(actor: Actor): Promise<SiteOptions> {
  assertCan(actor, "read:site");
  const cityId = actor.cityId;
  const [types, departments, streets, grids] = await Promise.all([
    db().siteType.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    cityId
      ? db().department.findMany({ where: { cityId, deletedAt: null }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } })
      : [],
    cityId ? db().site.findMany({ where: { cityId, street: { not: null } }, distinct: ["street"], orderBy: { street: "asc" }, select: { street: true } }) : [],
    cityId ? db().site.findMany({ where: { cityId, grid: { not: null } }, distinct: ["grid"], orderBy: { grid: "asc" }, select: { grid: true } }) : [],
  ]);
  return {
    types,
    departments,
    streets: streets.map((site) => site.street!),
    grids: grids.map((site) => site.grid!),
  };
}
