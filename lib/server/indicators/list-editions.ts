import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { containsText } from "@/lib/server/search/contains-text";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listEditionsQuery, type EditionRow, type ListEditionsParams } from "@/lib/validation/indicators";
import { editionFieldsOf } from "./edition-fields";

/** Editions, newest first, with their criteria count and total points (a city's local criteria aside). */
export async function listEditions(actor: Actor, params: ListEditionsParams = {}): Promise<{ items: EditionRow[]; total: number }> {
  assertCan(actor, "read:edition");
  const parsed = listEditionsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const { q, page, pageSize } = parsed.data;
  const where: Prisma.IndicatorEditionWhereInput = {
    deletedAt: null,
    ...(q ? { OR: [{ code: containsText(q) }, { name: containsText(q) }] } : {}),
  };
  const [editions, total] = await Promise.all([
    db().indicatorEdition.findMany({ where, orderBy: [{ createdAt: "desc" }, { code: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().indicatorEdition.count({ where }),
  ]);
  const totals = await db().criterion.groupBy({
    by: ["editionId"],
    where: { editionId: { in: editions.map((edition) => edition.id) }, cityId: null },
    _count: { _all: true },
    _sum: { points: true },
  });
  const byEdition = new Map(totals.map((row) => [row.editionId, row]));
  const items = editions.map((edition) => ({
    ...editionFieldsOf(edition),
    criteriaCount: byEdition.get(edition.id)?._count._all ?? 0,
    totalPoints: byEdition.get(edition.id)?._sum.points?.toString() ?? "0",
  }));
  return { items, total };
}
