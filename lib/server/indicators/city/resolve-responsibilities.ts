import { ALL_STREETS_NAME } from "@/lib/domain/indicators/labels";
import type { DepartmentKind, ResponsibilityRole } from "@/lib/generated/prisma/enums";

export { ALL_STREETS_NAME };

export type NamedCriterion = { id: string; leadDepartmentName: string | null; coDepartmentNames: string[] };
export type CityDepartment = { id: string; name: string; kind: DepartmentKind };
export type NameMapping = { name: string; departmentId: string | null; isAllStreets: boolean };
export type Responsibility = { departmentId: string; role: ResponsibilityRole };
export type ResolveName = (name: string) => string[];

/**
 * How a city reads an edition's department names: the city admin's mapping first (a deliberate
 * choice), then a department of exactly that name, then the group 各街道办事处 = every street
 * office. Only live departments count; anything else resolves to nothing.
 */
export function nameResolver(departments: readonly CityDepartment[], mappings: readonly NameMapping[]): ResolveName {
  const byId = new Map(departments.map((department) => [department.id, department]));
  const byName = new Map(departments.map((department) => [department.name, department.id]));
  const streets = departments.filter((department) => department.kind === "STREET_OFFICE").map((department) => department.id);
  const mapped = new Map(mappings.map((mapping) => [mapping.name, mapping]));
  return (name) => {
    const mapping = mapped.get(name);
    if (mapping?.isAllStreets) return streets;
    if (mapping?.departmentId) return byId.has(mapping.departmentId) ? [mapping.departmentId] : [];
    const exact = byName.get(name);
    if (exact) return [exact];
    return name === ALL_STREETS_NAME ? streets : [];
  };
}

/** A criterion's responsible departments; a department named both lead and co stays lead. */
export function resolveCriterion(criterion: NamedCriterion, resolve: ResolveName): Responsibility[] {
  const out: Responsibility[] = [];
  const seen = new Set<string>();
  const add = (name: string, role: ResponsibilityRole) => {
    for (const departmentId of resolve(name)) {
      if (seen.has(departmentId)) continue;
      seen.add(departmentId);
      out.push({ departmentId, role });
    }
  };
  if (criterion.leadDepartmentName) add(criterion.leadDepartmentName, "LEAD");
  for (const name of criterion.coDepartmentNames) add(name, "CO");
  return out;
}

/** The names no department answers to, each with how many criteria use it, in first-use order. */
export function unmatchedNames(criteria: readonly NamedCriterion[], resolve: ResolveName): Array<{ name: string; criteriaCount: number }> {
  const counts = new Map<string, number>();
  for (const criterion of criteria) {
    const names = new Set([criterion.leadDepartmentName, ...criterion.coDepartmentNames].filter((name): name is string => !!name));
    for (const name of names) if (resolve(name).length === 0) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, criteriaCount]) => ({ name, criteriaCount }));
}

/** Whether two sets of responsibilities are the same, whatever their order. */
export function sameResponsibilities(a: readonly Responsibility[], b: readonly Responsibility[]): boolean {
  if (a.length !== b.length) return false;
  const key = (r: Responsibility) => `${r.departmentId}:${r.role}`;
  const keys = new Set(a.map(key));
  return b.every((r) => keys.has(key(r)));
}
