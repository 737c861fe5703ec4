import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listDepartmentsQuery, type DepartmentRow, type ListDepartmentsParams } from "@/lib/validation/departments";
import { departmentRowInclude, toDepartmentRow } from "./department-row";
import { departmentScopeWhere } from "./department-scope";

/**
 * The departments the actor may see. A liaison reads only its own department in detail, but the
 * list is its whole city's (tasks and findings name co-departments). A `cityId` outside the
 * actor's scope simply matches nothing.
 */
export async function listDepartments(actor: Actor, params: ListDepartmentsParams = {}): Promise<{ items: DepartmentRow[]; total: number }> {
  const scope = assertCan(actor, "read:department");
  const parsed = listDepartmentsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { cityId, q, kind, includeDeleted, page, pageSize } = parsed.data;
  const where: Prisma.DepartmentWhereInput = {
    AND: [
      departmentScopeWhere(actor, scope === "own" ? "city" : scope),
      cityId ? { cityId } : {},
      kind ? { kind } : {},
      includeDeleted ? {} : { deletedAt: null },
      q ? { OR: [{ name: containsText(q) }, { shortName: containsText(q) }] } : {},
    ],
  };
  const [records, total] = await Promise.all([
    db().department.findMany({
      where,
      include: departmentRowInclude,
      orderBy: [{ city: { name: "asc" } }, { sortOrder: "asc" }, { name: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().department.count({ where }),
  ]);
  return { items: records.map(toDepartmentRow), total };
}
