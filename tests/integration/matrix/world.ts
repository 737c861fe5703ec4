import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import type { FactoryClient } from "@/tests/factories/unique";
import type { MatrixFixture, Position } from "./types";

export type MatrixWorld = {
  actorOf: (role: Role) => Actor;
  fixture: (position: Position) => MatrixFixture;
};

/** Two provinces' scenarios: the actors come from `home`, "otherProvince" records live in `away`. */
export async function createMatrixWorld(client: FactoryClient): Promise<MatrixWorld> {
  const home = await createCityScenario(client);
  const away = await createCityScenario(client);
  const actors: Record<Role, Actor> = {
    SYSTEM_ADMIN: home.actors.systemAdmin,
    PROVINCE_SUPERVISOR: home.actors.supervisor,
    CITY_ADMIN: home.actors.cityAdminA,
    INSPECTOR: home.actors.inspectorA,
    DEPARTMENT_LIAISON: home.actors.liaisonA1,
  };
  const at = (scenario: CityScenario, city: "A" | "B", department: "1" | "2") => ({
    provinceId: scenario.province.id,
    cityId: (city === "A" ? scenario.cityA : scenario.cityB).id,
    departmentId: scenario[`department${city}${department}`].id,
  });
  const places: Record<Position, ReturnType<typeof at>> = {
    own: at(home, "A", "1"),
    otherDepartment: at(home, "A", "2"),
    otherCity: at(home, "B", "1"),
    otherProvince: at(away, "A", "1"),
  };
  return {
    actorOf: (role) => actors[role],
    fixture: (position) => ({ position, ...places[position], home, away }),
  };
}
