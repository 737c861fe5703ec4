import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";

/** A department's tasks: those it leads and those it co-owns. */
export function tasksOfDepartmentWhere(departmentId: string): Prisma.TaskWhereInput {
  return { OR: [{ leadDepartmentId: departmentId }, { coDepartments: { some: { departmentId } } }] };
}

/**
 * The live tasks a grant of `scope` reaches. `own` is a liaison's department: the tasks it leads
 * or co-owns. A task's lead department sits in the task's city, so it places the task in a province.
 */
export function taskScopeWhere(actor: Actor, scope: Scope): Prisma.TaskWhereInput {
  const live: Prisma.TaskWhereInput = { deletedAt: null };
  switch (scope) {
    case "any":
      return live;
    case "province":
      return { ...live, leadDepartment: { city: { provinceId: scopeId(actor.provinceId) } } };
    case "city":
      return { ...live, cityId: scopeId(actor.cityId) };
    case "own":
      return { ...live, cityId: scopeId(actor.cityId), ...tasksOfDepartmentWhere(scopeId(actor.departmentId)) };
  }
}
