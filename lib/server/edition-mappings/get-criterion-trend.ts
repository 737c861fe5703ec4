import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import type { CalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import { criterionTrend, type TrendPoint } from "@/lib/domain/edition-mapping/criterion-trend";
import { formatBusinessDate } from "@/lib/domain/dates";
import { invalidInput, notFound } from "@/lib/errors";
import { roundScopeWhere } from "@/lib/server/scoring/round-scope";
import { loadMapping } from "./load-mapping";

/**
 * A criterion's score rate over a city's scored rounds, continued across the last revision through
 * the mapping from the edition the city used before (the newest edition mapped to this one).
 */
export type CriterionTrend = {
  criterion: { id: string; code: string; name: string; editionCode: string; editionName: string };
  /** The edition the trend continues from through the mapping, if any. */
  previousEdition: { code: string; name: string } | null;
  items: TrendPoint[];
};

export async function getCriterionTrend(actor: Actor, params: { criterionId: string; cityId?: string }): Promise<CriterionTrend> {
  const scope = assertCan(actor, "read:score");
  const cityId = scope === "city" || scope === "own" ? actor.cityId : params.cityId;
  if (!cityId) throw invalidInput({ cityId: ["请指定城市"] });
  const criterion = await db().criterion.findUnique({ where: { id: params.criterionId }, include: { edition: { select: { code: true, name: true } } } });
  if (!criterion || (criterion.cityId !== null && criterion.cityId !== cityId)) throw notFound("测评标准");
  const previousLink = await db().criterionMapping.findFirst({
    where: { toEditionId: criterion.editionId },
    orderBy: { fromEdition: { createdAt: "desc" } },
    select: { fromEditionId: true, fromEdition: { select: { code: true, name: true } } },
  });
  const previous = previousLink
    ? { editionId: previousLink.fromEditionId, mapping: await loadMapping(db(), previousLink.fromEditionId, criterion.editionId) }
    : null;
  // Only rounds of this edition or the mapped one can add a point, so only their stored results are read.
  const editionIds = previous ? [criterion.editionId, previous.editionId] : [criterion.editionId];
  const rounds = await db().inspectionRound.findMany({
    where: { AND: [roundScopeWhere(actor, scope), { cityId, editionId: { in: editionIds } }], score: { isNot: null } },
    include: { score: { select: { result: true } } },
  });
  const items = criterionTrend(
    { editionId: criterion.editionId, code: criterion.code },
    previous,
    rounds.map((round) => ({
      roundId: round.id,
      roundName: round.name,
      periodEnd: formatBusinessDate(round.periodEnd),
      editionId: round.editionId,
      criteria: (round.score!.result as CalculatorOutput).criteria,
    })),
  );
  return {
    criterion: { id: criterion.id, code: criterion.code, name: criterion.name, editionCode: criterion.edition.code, editionName: criterion.edition.name },
    previousEdition: previousLink ? previousLink.fromEdition : null,
    items,
  };
}
