import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listUsersQuery, type ListUsersParams, type UserRow } from "@/lib/validation/users";
import { toUserRow, userRowInclude } from "./user-row";
import { userScopeWhere } from "./user-scope";

/** Users the actor manages: all for a system admin, those whose membership is in its city for a city admin. */
export async function listUsers(actor: Actor, params: ListUsersParams = {}): Promise<{ items: UserRow[]; total: number }> {
  const scope = assertCan(actor, "read:user");
  const parsed = listUsersQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { q, role, cityId, includeInactive, page, pageSize } = parsed.data;
  const where: Prisma.UserWhereInput = {
    AND: [
      userScopeWhere(actor, scope),
      role ? { memberships: { some: { role } } } : {},
      cityId ? { memberships: { some: { cityId } } } : {},
      includeInactive ? {} : { isActive: true },
      q ? { OR: [{ name: containsText(q) }, { email: containsText(q) }] } : {},
    ],
  };
  const [records, total] = await Promise.all([
    db().user.findMany({ where, include: userRowInclude, orderBy: [{ name: "asc" }, { email: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().user.count({ where }),
  ]);
  return { items: records.map(toUserRow), total };
}
