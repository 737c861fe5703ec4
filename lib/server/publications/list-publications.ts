import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { parseBusinessDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listPublicationsQuery, type ListPublicationsQuery } from "@/lib/validation/publications";
import { publicationListSelect, toPublicationListItem, type PublicationListItem } from "./publication-dto";
import { publicationScopeWhere } from "./publication-scope";

export function parsePublicationQuery(params: Record<string, string>): ListPublicationsQuery {
  const parsed = listPublicationsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * Publications in the actor's scope, newest first; a period filter keeps those whose period overlaps it.
 * Names in the list are the live ones; a publication's own read gives the frozen ones.
 */
export async function listPublications(actor: Actor, query: ListPublicationsQuery): Promise<{ items: PublicationListItem[]; total: number }> {
  const scope = assertCan(actor, "read:publication");
  const where: Prisma.PublicationWhereInput = {
    AND: [
      publicationScopeWhere(actor, scope),
      query.city ? { cityId: query.city } : {},
      query.kind ? { kind: query.kind } : {},
      query.scope ? { scope: query.scope } : {},
      query.periodStart ? { periodEnd: { gte: parseBusinessDate(query.periodStart) } } : {},
      query.periodEnd ? { periodStart: { lte: parseBusinessDate(query.periodEnd) } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().publication.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: publicationListSelect,
    }),
    db().publication.count({ where }),
  ]);
  return { items: rows.map(toPublicationListItem), total };
}
