import { formatBusinessDate } from "@/lib/domain/dates";
import { evaluateLists } from "@/lib/domain/publications/evaluate-lists";
import { SNAPSHOT_SCHEMA_VERSION, roundSnapshotSchema, type RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { parseCalculatorInput } from "@/lib/domain/scoring/calculator-input";
import { toCalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import { scoreRound, type RoundScores } from "@/lib/domain/scoring/score-round";
import { ScoringInputError } from "@/lib/domain/scoring/scoring-input-error";
import type { InspectionRound } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { buildRoundScoreInput } from "@/lib/server/scoring/build-round-score-input";
import { findRoundCycle } from "@/lib/server/scoring/find-round-cycle";
import { hashScoreInput } from "@/lib/server/scoring/hash-score-input";
import type { Tx } from "@/lib/server/tx";
import { loadCheckSites } from "./load-check-sites";
import { loadListDefinitions } from "./load-list-definitions";
import { loadPlanProgress } from "./load-plan-progress";
import { loadPreviousLists } from "./load-previous-lists";
import { loadRectificationFigures } from "./load-rectification-figures";

type SnapshotRound = Pick<InspectionRound, "id" | "cityId" | "editionId" | "name" | "kind" | "periodStart" | "periodEnd" | "closedAt">;

function scoreOrThrow(input: Parameters<typeof parseCalculatorInput>[0]): RoundScores {
  try {
    return scoreRound(parseCalculatorInput(input));
  } catch (error) {
    if (error instanceof ScoringInputError) throw new AppError("SCORING_INPUT_INVALID", `评分数据有误：${error.message}`, 422);
    throw error;
  }
}

/**
 * A round's publication document, computed afresh from the live data (never from a stored RoundScore): the
 * calculator input exactly as /scores/input gives it, its hash and the engine's output for it, every ranking
 * list of the round's own cycle evaluated on the engine's exact figures with movement and escalation against
 * the series (`correcting`: the publication a correction replaces), where each check was made, the plan's
 * progress and the period's rectification figures.
 */
export async function buildRoundSnapshot(tx: Tx, round: SnapshotRound, correcting: string | null = null): Promise<RoundSnapshot> {
  // One query at a time: a transaction has one connection, where node-postgres only queues overlapping queries (and warns).
  const input = await buildRoundScoreInput(tx, round);
  const city = await tx.city.findUniqueOrThrow({ where: { id: round.cityId }, select: { id: true, name: true, slug: true } });
  const cycle = await findRoundCycle(tx, round);
  const departments = await tx.department.findMany({
    where: { cityId: round.cityId },
    orderBy: [{ deletedAt: { sort: "desc", nulls: "first" } }],
    select: { name: true, kind: true },
  });
  const scores = scoreOrThrow(input);
  const kindOf = new Map<string, "BUREAU" | "STREET_OFFICE">();
  for (const department of departments) if (!kindOf.has(department.name)) kindOf.set(department.name, department.kind);
  const listed = scores.departments.map((scorecard) => ({ ...scorecard, kind: kindOf.get(scorecard.name) ?? ("BUREAU" as const) }));
  const definitions = await loadListDefinitions(tx, cycle?.id ?? null);
  const previous = await loadPreviousLists(tx, { cityId: round.cityId, kind: "ROUND", roundKind: round.kind }, correcting);
  const planProgress = await loadPlanProgress(tx, round.cityId, Number(formatBusinessDate(round.periodEnd).slice(0, 4)));
  const rectification = await loadRectificationFigures(tx, round.cityId, { start: round.periodStart, end: round.periodEnd });
  const checkSites = await loadCheckSites(tx, round, input);
  return roundSnapshotSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "ROUND",
    city,
    round: {
      id: round.id,
      name: round.name,
      kind: round.kind,
      periodStart: formatBusinessDate(round.periodStart),
      periodEnd: formatBusinessDate(round.periodEnd),
      closedAt: round.closedAt?.toISOString() ?? null,
    },
    computedAt: new Date().toISOString(),
    input,
    inputHash: hashScoreInput(input),
    result: toCalculatorOutput(scores),
    ...(checkSites ? { checkSites } : {}),
    departments: listed.map(({ name, kind }) => ({ name, kind })),
    lists: evaluateLists(definitions, listed, previous),
    planProgress,
    rectification,
  });
}
