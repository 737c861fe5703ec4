import type { Tx } from "@/lib/server/tx";

export type CheckDepartmentLink = { departmentId: string; isPrimary: boolean };

/**
 * The departments a check counts for, primary first. A field check: the site's responsible unit
 * (primary) and, when different, the criterion's lead department in the city. A desk check: the
 * lead department (primary) and the co-departments.
 */
export async function checkDepartments(
  tx: Tx,
  cityId: string,
  criterion: { id: string; method: string },
  site: { responsibleDepartmentId: string } | null,
): Promise<CheckDepartmentLink[]> {
  const responsible = await tx.cityCriterionDepartment.findMany({
    where: { cityId, criterionId: criterion.id, department: { deletedAt: null } },
    select: { departmentId: true, role: true },
    orderBy: { departmentId: "asc" },
  });
  const lead = responsible.find((row) => row.role === "LEAD")?.departmentId;
  const ordered =
    criterion.method === "FIELD" && site
      ? [site.responsibleDepartmentId, ...(lead ? [lead] : [])]
      : [...(lead ? [lead] : []), ...responsible.filter((row) => row.role === "CO").map((row) => row.departmentId)];
  return [...new Set(ordered)].map((departmentId, index) => ({ departmentId, isPrimary: index === 0 }));
}
