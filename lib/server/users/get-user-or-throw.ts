import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { UserRow } from "@/lib/validation/users";
import { toUserRow, userRowInclude } from "./user-row";
import { userScopeWhere } from "./user-scope";

/** One user; 404 outside the actor's scope. */
export async function getUserOrThrow(actor: Actor, id: string): Promise<UserRow> {
  const scope = assertCan(actor, "read:user");
  const record = await db().user.findFirst({ where: { AND: [{ id }, userScopeWhere(actor, scope)] }, include: userRowInclude });
  if (!record) throw notFound("用户");
  return toUserRow(record);
}
