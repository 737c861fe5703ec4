import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { appealWindowClosesOn } from "@/lib/domain/appeals/appeal-window";
import { formatBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { buildRoundScoreInput } from "@/lib/server/scoring/build-round-score-input";
import { scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import { scopeId } from "@/lib/server/cities/city-scope";
import type { DraftResult } from "@/lib/validation/appeals";
import { getAppealRoundOrThrow, isRoundPublished } from "./appeal-round";

const NOT_VISIBLE = "草稿结果";

/**
 * A liaison's own department's draft figures of a closed round, computed now by the engine, while the round
 * is in its appeal window (or while an appeal of the department on it waits for an answer) and unpublished.
 * Outside that, and for anything but its own department, there is nothing to see (404): the whole round's
 * scores stay with the office and the inspectors. Guarded by file:appeal: who may appeal may see what.
 */
export async function getDraftResultForDepartment(actor: Actor, roundId: string, now: Date = new Date()): Promise<DraftResult> {
  assertCan(actor, "file:appeal");
  const round = await getAppealRoundOrThrow(db(), actor, roundId);
  const department = await db().department.findFirst({
    where: { id: scopeId(actor.departmentId), cityId: round.cityId, deletedAt: null },
    select: { id: true, name: true },
  });
  const closesOn = appealWindowClosesOn(round.closedAt, round.city.appealDays);
  if (!department || round.status !== "CLOSED" || round.kind === "RECHECK" || closesOn === null) throw notFound(NOT_VISIBLE);
  const isInWindow = todayInShanghai(now) <= closesOn;
  const hasOpenAppeal = !isInWindow && (await db().appeal.count({ where: { roundId: round.id, departmentId: department.id, answer: null } })) > 0;
  if ((!isInWindow && !hasOpenAppeal) || (await isRoundPublished(db(), round.id))) throw notFound(NOT_VISIBLE);

  const output = scoreCalculatorInput(await buildRoundScoreInput(db(), round));
  const own = output.departments.find((entry) => entry.name === department.name);
  return {
    round: { id: round.id, name: round.name, periodStart: formatBusinessDate(round.periodStart), periodEnd: formatBusinessDate(round.periodEnd) },
    windowClosesOn: closesOn,
    department: {
      name: department.name,
      inspectionScore: own?.inspectionScore ?? null,
      rectificationRate: own?.rectificationRate ?? null,
      ledgerCompleteness: own?.ledgerCompleteness ?? null,
      composite: own?.composite ?? null,
      rank: own?.rank ?? null,
      overdueOpen: own?.overdueOpen ?? 0,
    },
    rankedCount: output.departments.filter((entry) => entry.rank !== null).length,
  };
}
