import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { addDays, todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { scopeId } from "@/lib/server/cities/city-scope";
import type { AppealItem, DraftResult } from "@/lib/validation/appeals";
import { getDraftResultForDepartment } from "./get-draft-result";
import { listAppeals } from "./list-appeals";

export type AppealRound = { draft: DraftResult; appeals: AppealItem[]; isWindowOpen: boolean };

/**
 * The liaison's 申诉期 card: the closed, unpublished rounds of its city whose window is open (or where its
 * department still waits for an answer), each with the department's draft figures and its appeals.
 */
export async function listAppealRounds(actor: Actor, now: Date = new Date()): Promise<AppealRound[]> {
  if (!can(actor, "file:appeal") || !actor.departmentId) return [];
  const city = await db().city.findFirst({ where: { id: scopeId(actor.cityId) }, select: { appealDays: true } });
  if (!city || city.appealDays <= 0) return [];
  // A round closed on the Shanghai day `earliest` or later may still be in its window; a day's margin covers the time zone.
  const earliest = new Date(`${addDays(todayInShanghai(now), -city.appealDays - 1)}T00:00:00Z`);
  const rounds = await db().inspectionRound.findMany({
    where: {
      cityId: scopeId(actor.cityId),
      deletedAt: null,
      status: "CLOSED",
      kind: { not: "RECHECK" },
      publications: { none: { kind: "ROUND", supersededBy: null } },
      OR: [{ closedAt: { gte: earliest } }, { appeals: { some: { departmentId: actor.departmentId, answer: null } } }],
    },
    orderBy: [{ closedAt: "desc" }, { id: "asc" }],
    select: { id: true },
    take: 20,
  });
  const today = todayInShanghai(now);
  const results: AppealRound[] = [];
  for (const round of rounds) {
    try {
      const draft = await getDraftResultForDepartment(actor, round.id, now);
      const { items } = await listAppeals(actor, { roundId: round.id });
      results.push({ draft, appeals: items, isWindowOpen: today <= draft.windowClosesOn });
    } catch (error) {
      // A round just out of its window, or whose data the engine refuses, is left off the card.
      if (!(error instanceof AppError)) throw error;
    }
  }
  return results;
}
