import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { cityScopeWhere } from "./city-scope";

export type CityRow = { id: string; name: string; slug: string; provinceId: string; provinceName: string; departmentCount: number };

/** The cities the actor may see, with their number of (not deleted) departments. */
export async function listCities(actor: Actor): Promise<CityRow[]> {
  const scope = assertCan(actor, "read:city");
  const cities = await db().city.findMany({
    where: { AND: [{ deletedAt: null }, cityScopeWhere(actor, scope)] },
    include: { province: { select: { name: true } }, _count: { select: { departments: { where: { deletedAt: null } } } } },
    orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
  });
  return cities.map((city) => ({
    id: city.id,
    name: city.name,
    slug: city.slug,
    provinceId: city.provinceId,
    provinceName: city.province.name,
    departmentCount: city._count.departments,
  }));
}
