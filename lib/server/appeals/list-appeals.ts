import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { scopeId } from "@/lib/server/cities/city-scope";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listAppealsQuery, type AppealItem, type ListAppealsQuery } from "@/lib/validation/appeals";
import { appealItemInclude, toAppealItem } from "./appeal-item";

export function parseAppealQuery(params: Record<string, string | undefined>): ListAppealsQuery {
  const parsed = listAppealsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/** The office reads its city's appeals; a liaison only its own department's. */
export function appealScopeWhere(actor: Actor, scope: Scope): Prisma.AppealWhereInput {
  if (scope === "own") return { cityId: scopeId(actor.cityId), departmentId: scopeId(actor.departmentId) };
  return { cityId: scopeId(actor.cityId) };
}

/** Appeals, newest first, filtered by round and status (OPEN: not answered yet). */
export async function listAppeals(
  actor: Actor,
  query: Partial<ListAppealsQuery> = {},
): Promise<{ items: AppealItem[]; total: number; page: number; pageSize: number }> {
  const scope = assertCan(actor, "read:appeal");
  const { page = 1, pageSize = 50 } = query;
  const where: Prisma.AppealWhereInput = {
    AND: [
      appealScopeWhere(actor, scope),
      query.roundId ? { roundId: query.roundId } : {},
      query.status === "OPEN" ? { answer: null } : query.status === "ANSWERED" ? { answer: { not: null } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().appeal.findMany({ where, include: appealItemInclude, orderBy: [{ createdAt: "desc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db().appeal.count({ where }),
  ]);
  return { items: rows.map(toAppealItem), total, page, pageSize };
}
