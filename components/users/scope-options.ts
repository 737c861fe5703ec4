import type { Role } from "@/lib/auth/actor";

export type ScopeOptions = {
  provinces: { id: string; name: string }[];
  cities: { id: string; name: string; provinceId: string }[];
  departments: { id: string; name: string; cityId: string }[];
};

export const CITY_ROLES: readonly Role[] = ["CITY_ADMIN", "INSPECTOR", "DEPARTMENT_LIAISON"];

export type ScopeInput = { provinceId: string | null; cityId: string | null; departmentId: string | null };

/** Only the parts of the scope the role uses; the rest is cleared. */
export function scopeForRole(role: Role, picked: ScopeInput): ScopeInput {
  return {
    provinceId: role === "PROVINCE_SUPERVISOR" ? picked.provinceId : null,
    cityId: CITY_ROLES.includes(role) ? picked.cityId : null,
    departmentId: role === "DEPARTMENT_LIAISON" ? picked.departmentId : null,
  };
}

/** A city admin gives only city roles, in its own city; a system admin any role anywhere. */
export function grantableRoles(managesAnywhere: boolean): readonly Role[] {
  return managesAnywhere ? ["SYSTEM_ADMIN", "PROVINCE_SUPERVISOR", ...CITY_ROLES] : CITY_ROLES;
}
