import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import type { CitizenReportStatus } from "@/lib/generated/prisma/enums";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listCitizenReportsQuery, type CitizenReportItem, type ListCitizenReportsQuery } from "@/lib/validation/citizen-reports-office";
import { citizenReportInclude, citizenReportScopeWhere, toCitizenReportItem } from "./get-citizen-report";

/** The query parameters, validated; bad ones are 422 with Chinese field errors. */
export function parseCitizenReportQuery(params: Record<string, string | undefined>): ListCitizenReportsQuery {
  const parsed = listCitizenReportsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  return parsed.data;
}

/** The moderation queue: the oldest waiting report first, so none is left behind. */
export async function listCitizenReports(actor: Actor, query: ListCitizenReportsQuery): Promise<{ items: CitizenReportItem[]; total: number }> {
  const scope = assertCan(actor, "read:citizen-report");
  const where = { AND: [citizenReportScopeWhere(actor, scope), query.status ? { status: query.status } : {}] };
  const [rows, total] = await Promise.all([
    db().citizenReport.findMany({
      where,
      include: citizenReportInclude,
      orderBy: [{ receivedAt: query.status === "RECEIVED" ? "asc" : "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().citizenReport.count({ where }),
  ]);
  const mayModerate = can(actor, "moderate:citizen-report");
  return { items: rows.map((row) => toCitizenReportItem(row, mayModerate)), total };
}

/** How many reports are in each status (the queue's tabs). */
export async function countCitizenReportsByStatus(actor: Actor): Promise<Record<CitizenReportStatus, number>> {
  const scope = assertCan(actor, "read:citizen-report");
  const groups = await db().citizenReport.groupBy({ by: ["status"], where: citizenReportScopeWhere(actor, scope), _count: { _all: true } });
  const counts: Record<CitizenReportStatus, number> = { RECEIVED: 0, ACCEPTED: 0, RECTIFYING: 0, RECTIFIED: 0, REJECTED: 0 };
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
