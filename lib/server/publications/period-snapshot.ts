import { evaluateLists } from "@/lib/domain/publications/evaluate-lists";
import { roundDigestOf } from "@/lib/domain/publications/digest-schema";
import { cycleBounds, periodBoundsErrors } from "@/lib/domain/publications/period-result-bounds";
import { computePeriodResult, toPeriodSnapshotResult, type PeriodKind, type PublishedRound } from "@/lib/domain/publications/period-result";
import { periodSnapshotSchema, SNAPSHOT_SCHEMA_VERSION, type PeriodSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { parseBusinessDate } from "@/lib/domain/dates";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import { AppError, invalidInput } from "@/lib/errors";
import { findRoundCycle } from "@/lib/server/scoring/find-round-cycle";
import type { Tx } from "@/lib/server/tx";
import { loadListDefinitions } from "./load-list-definitions";
import { loadPlanProgress } from "./load-plan-progress";
import { loadPreviousLists } from "./load-previous-lists";
import { loadRectificationFigures } from "./load-rectification-figures";

export type PeriodBody = { kind: PeriodKind; periodStart: string; periodEnd: string };

/** The city's standing (not superseded) round publications whose round ends in the period, oldest round first (their digests). */
export async function loadPublishedRounds(tx: Tx, cityId: string, start: string, end: string): Promise<PublishedRound[]> {
  const rows = await tx.publication.findMany({
    where: { scope: "CITY", cityId, kind: "ROUND", supersededBy: null, periodEnd: { gte: parseBusinessDate(start), lte: parseBusinessDate(end) } },
    orderBy: [{ periodEnd: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
    select: { id: true, digest: true },
  });
  return rows.flatMap((row) => {
    const digest = roundDigestOf(row.digest);
    if (!digest || digest.round.periodEnd < start || digest.round.periodEnd > end) return [];
    return [
      {
        publicationId: row.id,
        roundId: digest.round.id,
        roundName: digest.round.name,
        periodEnd: digest.round.periodEnd,
        result: digest.result,
        departments: digest.departments,
      },
    ];
  });
}

/**
 * A month's, quarter's, year's or cycle's publication of a city, read only from its round publications (never
 * live checks or drafts): their figures averaged (lib/domain/publications/period-result.ts), the lists of the
 * cycle holding periodEnd evaluated on them with movement and escalation against the series' earlier
 * publications (`correcting`: the one a correction replaces), and the plan's progress and the period's
 * rectification figures as they stand now. 422 on the dates when they do not fit the kind; 422
 * NO_PUBLISHED_ROUNDS when no round of the period is published.
 */
export async function buildPeriodSnapshot(tx: Tx, cityId: string, body: PeriodBody, options: { correcting?: string | null } = {}): Promise<PeriodSnapshot> {
  const city = await tx.city.findUniqueOrThrow({ where: { id: cityId }, select: { id: true, name: true, slug: true } });
  const cycles = await tx.creationCycle.findMany({
    where: { cityId },
    orderBy: { startYear: "asc" },
    include: { years: { orderBy: { year: "asc" } } },
  });
  const errors = periodBoundsErrors(body.kind, body.periodStart, body.periodEnd, cycles);
  if (errors) throw invalidInput(errors);
  const rounds = await loadPublishedRounds(tx, cityId, body.periodStart, body.periodEnd);
  if (rounds.length === 0) throw new AppError("NO_PUBLISHED_ROUNDS", "该期间没有已发布的轮次。", 422);

  const cycle =
    body.kind === "CYCLE"
      ? cycles.find((entry) => cycleBounds(entry).start === body.periodStart && cycleBounds(entry).end === body.periodEnd)!
      : await findRoundCycle(tx, { cityId, periodEnd: parseBusinessDate(body.periodEnd) });
  const cycleYears = body.kind === "CYCLE" ? cycles.find((entry) => entry.id === cycle?.id)!.years : [];
  const result = computePeriodResult(
    {
      kind: body.kind,
      period: { start: body.periodStart, end: body.periodEnd },
      cycleYears: cycleYears.map((year) => ({ year: year.year, weight: parseDecimal(year.weight.toString(), "weight") })),
    },
    rounds,
  );
  // One query at a time: a transaction has one connection, where node-postgres only queues overlapping queries (and warns).
  const definitions = await loadListDefinitions(tx, cycle?.id ?? null);
  const previous = await loadPreviousLists(tx, { cityId, kind: body.kind }, options.correcting ?? null);
  const planProgress = await loadPlanProgress(tx, cityId, Number(body.periodEnd.slice(0, 4)));
  const rectification = await loadRectificationFigures(tx, cityId, { start: parseBusinessDate(body.periodStart), end: parseBusinessDate(body.periodEnd) });
  return periodSnapshotSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: body.kind,
    city,
    period: { start: body.periodStart, end: body.periodEnd },
    computedAt: new Date().toISOString(),
    rounds: rounds.map((round) => ({
      publicationId: round.publicationId,
      roundId: round.roundId,
      roundName: round.roundName,
      periodEnd: round.periodEnd,
      cityScore: round.result.cityScore,
      vetoed: round.result.vetoed,
    })),
    result: toPeriodSnapshotResult(result),
    lists: evaluateLists(definitions, result.departments, previous),
    planProgress,
    rectification,
  });
}
