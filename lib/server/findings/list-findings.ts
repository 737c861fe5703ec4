import type { Actor } from "@/lib/auth/actor";
import { assertCan, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { addDays, parseBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { UNRESOLVED_STATUSES } from "@/lib/domain/findings/finding-transitions";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listFindingsQuery, type FindingItem, type ListFindingsQuery } from "@/lib/validation/findings";
import { findingItemInclude, toFindingItem } from "./finding-item";
import { findingScopeWhere } from "./finding-scope";

/** The query parameters, validated; bad ones are 422 with Chinese field errors. */
export function parseFindingQuery(params: Record<string, string | undefined>): ListFindingsQuery {
  const parsed = listFindingsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/**
 * Every filter as SQL inside the actor's scope. Withdrawn findings are no findings for any
 * figure, so they show only when asked for by status. Overdue: due before today (Shanghai) and
 * still unresolved; due soon (7日内到期): due today … today + 6 and still unresolved.
 */
export function findingFilterWhere(actor: Actor, scope: Scope, query: ListFindingsQuery, today: string): Prisma.FindingWhereInput {
  return {
    AND: [
      findingScopeWhere(actor, scope),
      query.status ? { status: query.status } : { status: { not: "WITHDRAWN" } },
      query.round ? { roundId: query.round } : {},
      query.department ? { departmentId: query.department } : {},
      query.criterion ? { criterionId: query.criterion } : {},
      query.site ? { siteId: query.site } : {},
      query.overdue ? { dueDate: { lt: parseBusinessDate(today) }, status: { in: [...UNRESOLVED_STATUSES] } } : {},
      query.dueSoon ? { dueDate: { gte: parseBusinessDate(today), lte: parseBusinessDate(addDays(today, 6)) }, status: { in: [...UNRESOLVED_STATUSES] } } : {},
      query.falseRectification ? { falseRectification: true } : {},
    ],
  };
}

/** Findings, earliest due first; a liaison sees only its department's. */
export async function listFindings(actor: Actor, query: ListFindingsQuery): Promise<{ items: FindingItem[]; total: number }> {
  const scope = assertCan(actor, "read:finding");
  const today = todayInShanghai();
  const where = findingFilterWhere(actor, scope, query, today);
  const [rows, total] = await Promise.all([
    db().finding.findMany({
      where,
      include: findingItemInclude,
      orderBy: [{ dueDate: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().finding.count({ where }),
  ]);
  return { items: rows.map((row) => toFindingItem(row, today)), total };
}
