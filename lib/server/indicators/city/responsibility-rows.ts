import type { Tx } from "@/lib/server/tx";
import { nameResolver, type Responsibility, type ResolveName } from "./resolve-responsibilities";

// The city's CityCriterionDepartment rows, read and written a criterion at a time.

/** The resolver of the city's edition names under its current departments and mappings. */
export async function loadNameResolver(tx: Tx, cityId: string): Promise<ResolveName> {
  // In turn, not Promise.all: inside a transaction these share one connection (node-postgres warns on overlap).
  const departments = await tx.department.findMany({ where: { cityId, deletedAt: null }, select: { id: true, name: true, kind: true } });
  const mappings = await tx.departmentNameMapping.findMany({
    where: { cityId },
    orderBy: { id: "asc" },
    select: { name: true, departmentId: true, isAllStreets: true },
  });
  return nameResolver(departments, mappings);
}

export async function loadResponsibilities(tx: Tx, cityId: string, criterionIds: readonly string[]): Promise<Map<string, Responsibility[]>> {
  const rows = await tx.cityCriterionDepartment.findMany({
    where: { cityId, criterionId: { in: [...criterionIds] } },
    select: { criterionId: true, departmentId: true, role: true },
  });
  const out = new Map<string, Responsibility[]>(criterionIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.criterionId)?.push({ departmentId: row.departmentId, role: row.role });
  return out;
}

export async function replaceResponsibilities(tx: Tx, cityId: string, criterionId: string, rows: readonly Responsibility[]): Promise<void> {
  await tx.cityCriterionDepartment.deleteMany({ where: { cityId, criterionId } });
  if (rows.length > 0) {
    await tx.cityCriterionDepartment.createMany({ data: rows.map((row) => ({ cityId, criterionId, ...row })) });
  }
}

/** Lead first, then co-departments; a co-department that is also the lead is dropped. */
export function chosenResponsibilities(leadDepartmentId: string, coDepartmentIds: readonly string[]): Responsibility[] {
  const co = [...new Set(coDepartmentIds)].filter((id) => id !== leadDepartmentId);
  return [{ departmentId: leadDepartmentId, role: "LEAD" }, ...co.map((departmentId) => ({ departmentId, role: "CO" as const }))];
}
