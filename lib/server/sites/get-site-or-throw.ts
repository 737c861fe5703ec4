import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { notFound } from "@/lib/errors";
import type { SiteRow } from "@/lib/validation/sites";
import { siteRowInclude, toSiteRow } from "./site-row";
import { siteScopeWhere } from "./site-scope";

/** One site, deactivated ones included; 404 outside the actor's scope. */
export async function getSiteOrThrow(actor: Actor, id: string): Promise<SiteRow> {
  const scope = assertCan(actor, "read:site");
  const record = await db().site.findFirst({ where: { AND: [{ id }, siteScopeWhere(actor, scope)] }, include: siteRowInclude });
  if (!record) throw notFound("点位");
  return toSiteRow(record);
}
