import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { DepartmentRow } from "@/lib/validation/departments";
import { departmentRowInclude, toDepartmentRow } from "./department-row";
import { departmentScopeWhere } from "./department-scope";

/** One department, deleted ones included (so they can be restored); 404 outside the actor's scope. */
export async function getDepartmentOrThrow(actor: Actor, id: string): Promise<DepartmentRow> {
  const scope = assertCan(actor, "read:department");
  const record = await db().department.findFirst({
    where: { AND: [{ id }, departmentScopeWhere(actor, scope)] },
    include: departmentRowInclude,
  });
  if (!record) throw notFound("单位");
  return toDepartmentRow(record);
}
