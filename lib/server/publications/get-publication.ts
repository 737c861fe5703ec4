import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import { publicationDetailSelect, toPublicationDetail, type PublicationDetail } from "./publication-dto";
import { publicationScopeWhere } from "./publication-scope";

/** One publication in the actor's scope (404 beyond it); a liaison reads only its own department's rows. */
export async function getPublication(actor: Actor, id: string): Promise<PublicationDetail> {
  const scope = assertCan(actor, "read:publication");
  const row = await db().publication.findFirst({ where: { AND: [{ id }, publicationScopeWhere(actor, scope)] }, select: publicationDetailSelect });
  if (!row) throw notFound("通报");
  if (scope !== "own") return toPublicationDetail(row);
  const department = await db().department.findFirst({ where: { id: scopeId(actor.departmentId), cityId: scopeId(actor.cityId) }, select: { name: true } });
  // A liaison without a department sees the city-wide figures and no department's row.
  return toPublicationDetail(row, department?.name ?? "");
}
