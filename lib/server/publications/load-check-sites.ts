import type { CalculatorInput } from "@/lib/domain/scoring/calculator-input";
import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import type { Tx } from "@/lib/server/tx";

type ScoredRound = { id: string; cityId: string; editionId: string };

/**
 * Where each of the input's checks was made, in the input's own order (the same checks, filter and order as
 * buildRoundScoreInput): the site, or null for a desk check. Read so a published score can be drilled down to
 * its checks without live data; left out when the checks no longer line up (changed between the two reads).
 */
export async function loadCheckSites(tx: Tx, round: ScoredRound, input: CalculatorInput): Promise<RoundSnapshot["checkSites"]> {
  const excluded = await tx.cityCriterionSetting.findMany({ where: { cityId: round.cityId, isExcluded: true }, select: { criterionId: true } });
  const checks = await tx.check.findMany({
    where: {
      roundId: round.id,
      visitStatus: "INSPECTED",
      criterion: { editionId: round.editionId, OR: [{ cityId: null }, { cityId: round.cityId }] },
      criterionId: { notIn: excluded.map((row) => row.criterionId) },
    },
    orderBy: [{ checkedAt: "asc" }, { id: "asc" }],
    select: { criterion: { select: { code: true } }, site: { select: { name: true, code: true } } },
  });
  const linedUp = checks.length === input.checks.length && checks.every((check, index) => check.criterion.code === input.checks[index].criterion);
  return linedUp ? checks.map((check) => (check.site ? { name: check.site.name, code: check.site.code } : null)) : undefined;
}
