import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import type { CityScenario } from "@/tests/factories/scenario";

// The scope matrix: every action × every role × where the record sits relative to the actor.
// All actors of a role live in the scenario's city A (a liaison in its department A1); the
// record is in that department ("own"), in department A2 of the same city, in city B of the same
// province, or in a city of another province.

export const POSITIONS = ["own", "otherDepartment", "otherCity", "otherProvince"] as const;
export type Position = (typeof POSITIONS)[number];
export type Outcome = "allow" | "forbidden" | "notFound";
export type PositionOutcomes = Record<Position, Outcome>;

/** Where the record of one case sits. Rows that need a fresh record make it here. */
export type MatrixFixture = {
  position: Position;
  provinceId: string;
  cityId: string;
  departmentId: string;
  /** The actors' own world (for creators, other departments …) and the other province's. */
  home: CityScenario;
  away: CityScenario;
};

export type MatrixRow = {
  /** The use case's name, e.g. "department.update"; unique within the matrix. */
  action: string;
  run: (actor: Actor, fixture: MatrixFixture) => Promise<unknown>;
  expect: Record<Role, PositionOutcomes>;
};

export const ANY: PositionOutcomes = { own: "allow", otherDepartment: "allow", otherCity: "allow", otherProvince: "allow" };
export const PROVINCE: PositionOutcomes = { own: "allow", otherDepartment: "allow", otherCity: "allow", otherProvince: "notFound" };
export const CITY: PositionOutcomes = { own: "allow", otherDepartment: "allow", otherCity: "notFound", otherProvince: "notFound" };
export const OWN: PositionOutcomes = { own: "allow", otherDepartment: "notFound", otherCity: "notFound", otherProvince: "notFound" };
/** Granted nothing here, yet the records are hidden rather than refused (they do not exist for the role). */
export const NOWHERE: PositionOutcomes = { own: "notFound", otherDepartment: "notFound", otherCity: "notFound", otherProvince: "notFound" };
export const DENIED: PositionOutcomes = { own: "forbidden", otherDepartment: "forbidden", otherCity: "forbidden", otherProvince: "forbidden" };

/** A role without a grant is refused whatever the record; list the roles that do hold one. */
export function grants(granted: Partial<Record<Role, PositionOutcomes>>): Record<Role, PositionOutcomes> {
  return {
    SYSTEM_ADMIN: DENIED,
    PROVINCE_SUPERVISOR: DENIED,
    CITY_ADMIN: DENIED,
    INSPECTOR: DENIED,
    DEPARTMENT_LIAISON: DENIED,
    ...granted,
  };
}

/** A list read is "allowed" when the record is in the result; absent means not found for this actor. */
export function assertListed(items: ReadonlyArray<{ id: string }>, id: string): void {
  if (!items.some((item) => item.id === id)) throw new AppError("NOT_FOUND", "not listed", 404);
}

/** 403 and 404 are outcomes; any other error is a broken case and fails the test. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "allow";
  } catch (error) {
    if (error instanceof AppError && error.status === 403) return "forbidden";
    if (error instanceof AppError && error.status === 404) return "notFound";
    throw error;
  }
}
