import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { buildRoundScoreInput, type ScoredRound } from "@/lib/server/scoring/build-round-score-input";
import { measure, toTiming } from "../measure";
import type { Ratio, Timing } from "../results-file";
import { aggregateRoundChecks } from "../sql-floor";

const RUNS = 7;
const SECTION = "round scorecards";

/**
 * One round's scorecards through the app (the score input read by buildRoundScoreInput, then the engine: what
 * preview computes) and the whole round preview (scorecards plus lists, plan progress, rectification figures and
 * where each check was made), each against the floor of one SQL aggregate over the same checks.
 */
export async function benchRoundScorecards(office: Actor, round: ScoredRound): Promise<{ timings: Timing[]; ratios: Ratio[] }> {
  const checks = await db().check.count({ where: { roundId: round.id, visitStatus: "INSPECTED" } });
  const floor = await measure(`SQL floor: one aggregate over ${checks} checks`, RUNS, async () => `${await aggregateRoundChecks(round.id)} groups`);
  const input = await measure("buildRoundScoreInput (reads only)", RUNS, async () => `${(await buildRoundScoreInput(db(), round)).checks.length} checks`);
  const scorecards = await measure("scorecards: buildRoundScoreInput + engine", RUNS, async () => {
    const scores = scoreRound(parseCalculatorInput(await buildRoundScoreInput(db(), round)));
    return `${scores.departments.length} departments`;
  });
  const preview = await measure("previewPublication ROUND (whole snapshot)", RUNS, async () => {
    const { snapshot } = await previewPublication(office, { kind: "ROUND", roundId: round.id });
    return `${snapshot.lists.length} lists`;
  });
  const ratio = (name: string, of: { median: number; name: string }): Ratio => ({ name, value: of.median / floor.median, of: of.name, floor: floor.name });
  return {
    timings: [floor, input, scorecards, preview].map((m) => toTiming(SECTION, m)),
    ratios: [ratio("round scorecards ÷ SQL floor", scorecards), ratio("round preview ÷ SQL floor", preview)],
  };
}
