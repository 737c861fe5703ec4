import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listCities } from "@/lib/server/cities/list-cities";
import { listDepartments } from "@/lib/server/departments/list-departments";
import type { ScopeOptions } from "./scope-options";

const PAGE = 500;

/** The provinces, cities and departments the actor may put a user in. */
export async function loadScopeOptions(actor: Actor): Promise<ScopeOptions> {
  const cities = await listCities(actor);
  const provinces = new Map(cities.map((city) => [city.provinceId, { id: city.provinceId, name: city.provinceName }]));
  const departments: ScopeOptions["departments"] = [];
  for (let page = 1; ; page += 1) {
    const { items, total } = await listDepartments(actor, { page, pageSize: PAGE });
    for (const item of items) if (!item.deletedAt) departments.push({ id: item.id, name: item.name, cityId: item.cityId });
    if (page * PAGE >= total || items.length === 0) break;
  }
  return {
    provinces: [...provinces.values()],
    cities: cities.map((city) => ({ id: city.id, name: city.name, provinceId: city.provinceId })),
    departments,
  };
}
