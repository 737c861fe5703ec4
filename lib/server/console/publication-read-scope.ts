import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";
import { publicationScopeWhere } from "@/lib/server/publications/publication-scope";

export type PublicationReader = { where: Prisma.PublicationWhereInput; /** a liaison reads only its own department's rows */ department: string | null };

/**
 * Which publications the actor reads (the publications' own scope: admin all, supervisor its province's and
 * its cities', office and inspectors their city's) and, for a liaison, the one department whose rows it sees.
 */
export async function publicationReader(actor: Actor): Promise<PublicationReader> {
  const scope = assertCan(actor, "read:publication");
  const where = publicationScopeWhere(actor, scope);
  if (scope !== "own") return { where, department: null };
  const department = await db().department.findFirst({ where: { id: scopeId(actor.departmentId), cityId: scopeId(actor.cityId) }, select: { name: true } });
  // Without a department of its own a liaison sees no department's rows.
  return { where, department: department?.name ?? scopeId(null) };
}
