import Decimal from "decimal.js";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { ResponsibilityRole } from "@/lib/generated/prisma/enums";
import { departmentScopeWhere } from "@/lib/server/departments/department-scope";
import { findCurrentCycle } from "./city-context";
import { cityCriterionSelect, toCityCriterionRow, type CityCriterionRow } from "./city-criterion-row";

export type DepartmentCriterionRow = CityCriterionRow & { role: ResponsibilityRole };
export type DepartmentCriteria = Awaited<ReturnType<typeof listDepartmentCriteria>>;

/**
 * The criteria a department leads or co-owns in its city's adopted edition (local ones
 * included, excluded ones left out), with the points at stake. A liaison reads only its own
 * department; any other is 404.
 */
export async function listDepartmentCriteria(actor: Actor, departmentId: string) {
  const scope = assertCan(actor, "read:department");
  const client = db();
  const department = await client.department.findFirst({
    where: { AND: [{ id: departmentId }, departmentScopeWhere(actor, scope)] },
    select: { id: true, name: true, cityId: true },
  });
  if (!department) throw notFound("单位");
  const { cityId } = department;
  const cycle = await findCurrentCycle(client, cityId);
  const editionId = cycle?.editionId;
  const [edition, records] = editionId
    ? await Promise.all([
        client.indicatorEdition.findUnique({ where: { id: editionId }, select: { id: true, code: true, name: true } }),
        client.criterion.findMany({
          where: {
            editionId,
            OR: [{ cityId: null }, { cityId }],
            departments: { some: { cityId, departmentId: department.id } },
            settings: { none: { cityId, isExcluded: true } },
          },
          select: cityCriterionSelect(cityId),
          orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
        }),
      ])
    : [null, []];
  const items: DepartmentCriterionRow[] = records.map((record) => ({
    ...toCityCriterionRow(record),
    role: record.departments.find((row) => row.department.id === department.id)?.role ?? "CO",
  }));
  const sum = (rows: DepartmentCriterionRow[]) => rows.reduce((total, row) => total.plus(row.points), new Decimal(0)).toString();
  return {
    department: { id: department.id, name: department.name },
    edition,
    items,
    totalPoints: sum(items),
    leadPoints: sum(items.filter((item) => item.role === "LEAD")),
    coPoints: sum(items.filter((item) => item.role === "CO")),
  };
}
