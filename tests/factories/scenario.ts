import type { Actor } from "@/lib/auth/actor";
import type { City, Department, Province } from "@/lib/generated/prisma/client";
import { createCity } from "./city";
import { createDepartment } from "./department";
import { createProvince } from "./province";
import { createUser } from "./user";
import type { FactoryClient } from "./unique";

export type CityScenario = {
  province: Province;
  cityA: City;
  cityB: City;
  departmentA1: Department;
  departmentA2: Department;
  departmentB1: Department;
  departmentB2: Department;
  actors: {
    systemAdmin: Actor;
    supervisor: Actor;
    cityAdminA: Actor;
    inspectorA: Actor;
    liaisonA1: Actor;
    cityAdminB: Actor;
  };
};

/**
 * The fixture of the scope-matrix tests: one province, two cities with two departments each
 * (A2 and B2 are street offices), and one actor per role. Everything is new and unique.
 */
export async function createCityScenario(client: FactoryClient): Promise<CityScenario> {
  const province = await createProvince(client);
  const cityA = await createCity(client, { provinceId: province.id });
  const cityB = await createCity(client, { provinceId: province.id });
  const departmentA1 = await createDepartment(client, { cityId: cityA.id });
  const departmentA2 = await createDepartment(client, { cityId: cityA.id, kind: "STREET_OFFICE" });
  const departmentB1 = await createDepartment(client, { cityId: cityB.id });
  const departmentB2 = await createDepartment(client, { cityId: cityB.id, kind: "STREET_OFFICE" });
  const actor = async (overrides: Parameters<typeof createUser>[1]) => (await createUser(client, overrides)).actor;
  const actors = {
    systemAdmin: await actor({ role: "SYSTEM_ADMIN" }),
    supervisor: await actor({ role: "PROVINCE_SUPERVISOR", provinceId: province.id }),
    cityAdminA: await actor({ role: "CITY_ADMIN", cityId: cityA.id }),
    inspectorA: await actor({ role: "INSPECTOR", cityId: cityA.id }),
    liaisonA1: await actor({ role: "DEPARTMENT_LIAISON", cityId: cityA.id, departmentId: departmentA1.id }),
    cityAdminB: await actor({ role: "CITY_ADMIN", cityId: cityB.id }),
  };
  return { province, cityA, cityB, departmentA1, departmentA2, departmentB1, departmentB2, actors };
}
