import { ALL_STREETS_NAME } from "@/lib/domain/indicators/labels";
import type { DepartmentKind, ResponsibilityRole } from "@/lib/generated/prisma/enums";

/** The edition's group name for "every street office of the city" (one constant with the import's). */
export { ALL_STREETS_NAME };

type CriterionNames = { id: string; leadDepartmentName: string | null; coDepartmentNames: string[] };
type CityDepartment = { id: string; name: string; kind: DepartmentKind };
export type ResolvedResponsibility = { criterionId: string; departmentId: string; role: ResponsibilityRole };

/**
 * Resolves each criterion's lead and co-department names to a city's departments by exact name,
 * the group name to every street office. A department named both lead and co stays lead.
 */
export function resolveCriterionDepartments(criteria: readonly CriterionNames[], departments: readonly CityDepartment[]) {
  const byName = new Map(departments.map((department) => [department.name, [department.id]]));
  byName.set(
    ALL_STREETS_NAME,
    departments.filter((d) => d.kind === "STREET_OFFICE").map((d) => d.id),
  );
  const resolved: ResolvedResponsibility[] = [];
  const unresolved = new Set<string>();
  for (const criterion of criteria) {
    const seen = new Set<string>();
    const named: Array<[string, ResponsibilityRole]> = [
      ...(criterion.leadDepartmentName ? [[criterion.leadDepartmentName, "LEAD"] as [string, ResponsibilityRole]] : []),
      ...criterion.coDepartmentNames.map((name) => [name, "CO"] as [string, ResponsibilityRole]),
    ];
    for (const [name, role] of named) {
      const ids = byName.get(name) ?? [];
      if (ids.length === 0) unresolved.add(name);
      for (const departmentId of ids) {
        if (seen.has(departmentId)) continue;
        seen.add(departmentId);
        resolved.push({ criterionId: criterion.id, departmentId, role });
      }
    }
  }
  return { resolved, unresolved: [...unresolved] };
}
