import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listSitesQuery, type ListSitesParams, type SiteRow } from "@/lib/validation/sites";
import { siteRowInclude, toSiteRow } from "./site-row";
import { siteScopeWhere } from "./site-scope";

/** What a filter of the list selects; the export and the per-street view filter the same way. */
export function siteFilterWhere(filters: Omit<ReturnType<typeof listSitesQuery.parse>, "page" | "pageSize">): Prisma.SiteWhereInput {
  const { city, type, street, grid, department, q, active = true } = filters;
  return {
    AND: [
      city ? { cityId: city } : {},
      type ? { siteTypeId: type } : {},
      street ? { street } : {},
      grid ? { grid } : {},
      department ? { responsibleDepartmentId: department } : {},
      active === "all" ? {} : active ? { deletedAt: null } : { deletedAt: { not: null } },
      q ? { OR: [{ name: containsText(q) }, { code: containsText(q) }, { address: containsText(q) }] } : {},
    ],
  };
}

/** The sites the actor may see; a filter id outside the actor's scope simply matches nothing. */
export async function listSites(actor: Actor, params: ListSitesParams = {}): Promise<{ items: SiteRow[]; total: number }> {
  const scope = assertCan(actor, "read:site");
  const parsed = listSitesQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { page, pageSize, ...filters } = parsed.data;
  const where: Prisma.SiteWhereInput = { AND: [siteScopeWhere(actor, scope), siteFilterWhere(filters)] };
  const [records, total] = await Promise.all([
    db().site.findMany({
      where,
      include: siteRowInclude,
      orderBy: [{ city: { name: "asc" } }, { code: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
    db().site.count({ where }),
  ]);
  return { items: records.map(toSiteRow), total };
}
