import type { Prisma } from "@/lib/generated/prisma/client";
import type { DepartmentRow } from "@/lib/validation/departments";

// What every department read returns: the record, its city's name and its active liaisons.
export const departmentRowInclude = {
  city: { select: { name: true } },
  memberships: {
    where: { role: "DEPARTMENT_LIAISON", user: { isActive: true } },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { id: true, name: true, email: true } } },
  },
} satisfies Prisma.DepartmentInclude;

export type DepartmentRecord = Prisma.DepartmentGetPayload<{ include: typeof departmentRowInclude }>;

export function toDepartmentRow(record: DepartmentRecord): DepartmentRow {
  return {
    id: record.id,
    cityId: record.cityId,
    cityName: record.city.name,
    name: record.name,
    shortName: record.shortName,
    kind: record.kind,
    leaderName: record.leaderName,
    leaderTitle: record.leaderTitle,
    liaisonName: record.liaisonName,
    liaisonPhone: record.liaisonPhone,
    sortOrder: record.sortOrder,
    version: record.version,
    deletedAt: record.deletedAt?.toISOString() ?? null,
    liaisonUsers: record.memberships.map(({ user }) => user),
  };
}
