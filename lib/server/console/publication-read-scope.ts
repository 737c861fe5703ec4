import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";

export type PublicationReader = { where: Prisma.PublicationWhereInput; /** a liaison reads only its own department's rows */ department: string | null };

/**
 * Which publications the actor reads: the system admin all, a supervisor its province's and its cities', the
 * office and inspectors their city's; a liaison its city's, reduced to its own department (by its name).
 */
export async function publicationReader(actor: Actor): Promise<PublicationReader> {
  const scope = assertCan(actor, "read:publication");
  switch (scope) {
    case "any":
      return { where: {}, department: null };
    case "province": {
      const provinceId = scopeId(actor.provinceId);
      return { where: { OR: [{ provinceId }, { city: { provinceId } }] }, department: null };
    }
    case "city":
      return { where: { cityId: scopeId(actor.cityId) }, department: null };
    case "own": {
      const department = await db().department.findFirst({ where: { id: scopeId(actor.departmentId), cityId: scopeId(actor.cityId) }, select: { name: true } });
      return { where: { cityId: scopeId(actor.cityId) }, department: department?.name ?? scopeId(null) };
    }
  }
}
