import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { invalidInput, notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { departmentRowInclude, toDepartmentRow, type DepartmentRecord } from "./department-row";
import { departmentScopeWhere } from "./department-scope";

// The steps every department mutation shares: find within scope, check the version read by the
// caller, and save only if nobody saved in between.

export async function loadDepartmentForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<DepartmentRecord> {
  const record = await tx.department.findFirst({
    where: { AND: [{ id: input.id }, departmentScopeWhere(actor, scope)] },
    include: departmentRowInclude,
  });
  if (!record) throw notFound("单位");
  if (record.version !== input.version) throw versionConflict(toDepartmentRow(record), input);
  return record;
}

export async function saveDepartmentChange(
  tx: Tx,
  record: DepartmentRecord,
  data: Prisma.DepartmentUpdateManyMutationInput,
  submitted: unknown,
): Promise<DepartmentRecord> {
  const { count } = await tx.department.updateMany({
    where: { id: record.id, version: record.version },
    data: { ...data, version: { increment: 1 } },
  });
  const saved = await tx.department.findUniqueOrThrow({ where: { id: record.id }, include: departmentRowInclude });
  if (count === 0) throw versionConflict(toDepartmentRow(saved), submitted);
  return saved;
}

/** Names are unique per city, deleted departments included (they can be restored). */
export async function assertDepartmentNameFree(tx: Tx, cityId: string, name: string, exceptId?: string): Promise<void> {
  const clash = await tx.department.findFirst({
    where: { cityId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw invalidInput({ name: ["该城市已有同名单位"] });
}
