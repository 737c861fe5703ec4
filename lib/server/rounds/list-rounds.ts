import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { parseBusinessDate } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { invalidInput } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import { zodFieldErrors } from "@/lib/server/use-case";
import { listRoundsQuery, type ListRoundsParams, type RoundItem } from "@/lib/validation/rounds";
import { roundItemSelect, toRoundItems } from "./round-item";

/** 督查轮次 in the actor's scope, newest period first; `from`/`to` keep rounds whose period meets that span. */
export async function listRounds(actor: Actor, params: ListRoundsParams): Promise<{ items: RoundItem[]; total: number; page: number; pageSize: number }> {
  const scope = assertCan(actor, "read:round");
  const parsed = listRoundsQuery.safeParse(params);
  if (!parsed.success) throw invalidInput(zodFieldErrors(parsed.error));
  const query = parsed.data;
  const where: Prisma.InspectionRoundWhereInput = {
    AND: [
      roundScopeWhere(actor, scope),
      query.status ? { status: query.status } : {},
      query.kind ? { kind: query.kind } : {},
      query.from ? { periodEnd: { gte: parseBusinessDate(query.from) } } : {},
      query.to ? { periodStart: { lte: parseBusinessDate(query.to) } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db().inspectionRound.findMany({
      where,
      select: roundItemSelect,
      orderBy: [{ periodStart: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    db().inspectionRound.count({ where }),
  ]);
  return { items: await toRoundItems(db(), rows), total, page: query.page, pageSize: query.pageSize };
}
