import { cycleBounds, periodBoundsErrors, type PeriodPublicationKind } from "@/lib/domain/publications/period-result-bounds";
import { computePeriodResult } from "@/lib/domain/publications/period-result";
import { parseDigest } from "@/lib/domain/publications/digest-schema";
import { provinceSnapshotSchema, SNAPSHOT_SCHEMA_VERSION, type Movement, type ProvinceSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { exportScore } from "@/lib/domain/scoring/calculator-output";
import { parseDecimal } from "@/lib/domain/scoring/decimal-input";
import type { Fraction } from "@/lib/domain/scoring/fraction";
import { rankCities } from "@/lib/domain/scoring/ranking";
import { parseBusinessDate } from "@/lib/domain/dates";
import { invalidInput } from "@/lib/errors";
import type { Tx } from "@/lib/server/tx";
import { loadPublishedRounds } from "./period-snapshot";

export type ProvinceBody = { kind: PeriodPublicationKind; periodStart: string; periodEnd: string };

type CityFigures = { cityScore: Fraction | null; vetoedRounds: number; publicationIds: string[] };

/**
 * A city's score for the period, from its own standing publications only: for a month, quarter, year or cycle
 * its publication of exactly that kind and period when it has one (what the city itself published); otherwise,
 * and for ROUND, the mean of its round publications whose round ends in the period (for a cycle matching one of
 * its cycles, the year-weighted mean), so a city that publishes only rounds is still ranked.
 */
async function cityFigures(tx: Tx, cityId: string, body: ProvinceBody): Promise<CityFigures> {
  if (body.kind !== "ROUND") {
    const own = await tx.publication.findFirst({
      where: {
        scope: "CITY",
        cityId,
        kind: body.kind,
        supersededBy: null,
        periodStart: parseBusinessDate(body.periodStart),
        periodEnd: parseBusinessDate(body.periodEnd),
      },
      orderBy: { publishedAt: "desc" },
      select: { id: true, digest: true },
    });
    const digest = own ? parseDigest(own.digest) : null;
    if (own && digest && "rounds" in digest) {
      return { cityScore: read(digest.result.cityScore), vetoedRounds: digest.result.vetoedRounds, publicationIds: [own.id] };
    }
  }
  const rounds = await loadPublishedRounds(tx, cityId, body.periodStart, body.periodEnd);
  const cycle =
    body.kind === "CYCLE"
      ? (await tx.creationCycle.findMany({ where: { cityId }, include: { years: { orderBy: { year: "asc" } } } })).find(
          (entry) => cycleBounds(entry).start === body.periodStart && cycleBounds(entry).end === body.periodEnd,
        )
      : undefined;
  const result = computePeriodResult(
    cycle
      ? {
          kind: "CYCLE",
          period: { start: body.periodStart, end: body.periodEnd },
          cycleYears: cycle.years.map((year) => ({ year: year.year, weight: parseDecimal(year.weight.toString(), "weight") })),
        }
      : { kind: "MONTH", period: { start: body.periodStart, end: body.periodEnd } },
    rounds,
  );
  return { cityScore: result.cityScore, vetoedRounds: result.vetoedRounds, publicationIds: rounds.map((round) => round.publicationId) };
}

const read = (text: string | null) => (text === null ? null : parseDecimal(text, "cityScore"));

function movementOf(rank: number | null, previousRank: number | null | undefined): Movement | null {
  if (rank === null) return null;
  if (previousRank === null || previousRank === undefined) return { kind: "NEW" };
  if (previousRank === rank) return { kind: "SAME" };
  return previousRank > rank ? { kind: "UP", by: previousRank - rank } : { kind: "DOWN", by: rank - previousRank };
}

/** City ranks (by city id) in the province's latest standing publication of the kind, before the one a correction replaces. */
async function previousRanks(tx: Tx, provinceId: string, kind: PeriodPublicationKind, correcting: string | null): Promise<Map<string, number | null> | null> {
  const corrected = correcting ? await tx.publication.findUnique({ where: { id: correcting }, select: { publishedAt: true } }) : null;
  const previous = await tx.publication.findFirst({
    where: {
      scope: "PROVINCE",
      provinceId,
      kind,
      supersededBy: null,
      ...(correcting ? { id: { not: correcting } } : {}),
      ...(corrected ? { publishedAt: { lt: corrected.publishedAt } } : {}),
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { digest: true },
  });
  if (!previous) return null;
  const digest = parseDigest(previous.digest);
  return "cities" in digest ? new Map(digest.cities.map((entry) => [entry.city.id, entry.rank])) : null;
}

/**
 * A province publication: every nominated city ranked by its published score for the period (ties: fewer vetoed
 * rounds; shared ranks; by name), with movement against the province's previous standing publication of the
 * kind. Reads the cities' publications only, never a draft (RoundScore, live checks).
 */
export async function buildProvinceSnapshot(
  tx: Tx,
  provinceId: string,
  body: ProvinceBody,
  options: { correcting?: string | null } = {},
): Promise<ProvinceSnapshot> {
  const errors = periodBoundsErrors(body.kind, body.periodStart, body.periodEnd);
  if (errors) throw invalidInput(errors);
  const province = await tx.province.findUniqueOrThrow({ where: { id: provinceId }, select: { id: true, name: true, code: true } });
  const cities = await tx.city.findMany({
    where: { provinceId, isNominated: true, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, slug: true },
  });
  const figures = [];
  for (const city of cities) figures.push({ city, name: city.name, ...(await cityFigures(tx, city.id, body)) });
  const ranked = rankCities(figures);
  const previous = await previousRanks(tx, provinceId, body.kind, options.correcting ?? null);
  return provinceSnapshotSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    scope: "PROVINCE",
    kind: body.kind,
    province,
    period: { start: body.periodStart, end: body.periodEnd },
    computedAt: new Date().toISOString(),
    cities: ranked.map((entry) => ({
      city: entry.city,
      cityScore: exportScore(entry.cityScore),
      vetoedRounds: entry.vetoedRounds,
      rank: entry.rank,
      movement: previous ? movementOf(entry.rank, previous.get(entry.city.id)) : entry.rank === null ? null : { kind: "NEW" },
      publicationIds: entry.publicationIds,
    })),
  });
}
