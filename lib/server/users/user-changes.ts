import type { Actor } from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/permissions";
import { notFound, versionConflict } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/server/tx";
import { toUserRow, userRowInclude, type UserRecord } from "./user-row";
import { userScopeWhere } from "./user-scope";

// The steps every user mutation shares: find within scope, check the version read by the caller,
// and save only if nobody saved in between.

export async function loadUserForChange(tx: Tx, actor: Actor, scope: Scope, input: { id: string; version: number }): Promise<UserRecord> {
  const record = await tx.user.findFirst({ where: { AND: [{ id: input.id }, userScopeWhere(actor, scope)] }, include: userRowInclude });
  if (!record) throw notFound("用户");
  if (record.version !== input.version) throw versionConflict(toUserRow(record), input);
  return record;
}

/** Writes `data` and bumps the version, unless another save came first. */
export async function saveUserChange(tx: Tx, record: UserRecord, data: Prisma.UserUpdateManyMutationInput, submitted: unknown): Promise<void> {
  const { count } = await tx.user.updateMany({ where: { id: record.id, version: record.version }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw versionConflict(toUserRow(await reloadUser(tx, record.id)), submitted);
}

export function reloadUser(tx: Tx, id: string): Promise<UserRecord> {
  return tx.user.findUniqueOrThrow({ where: { id }, include: userRowInclude });
}
