import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import type { Period } from "@/lib/domain/scoring/department-scorecard";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import type { Timing } from "../results-file";
import { summarize } from "../stats";
import { timeBulletinsAlone } from "./bulletins-alone";
import type { ScaleCity } from "./find-scale-province";

const SECTION = "publishing a round";
/** Corrections timed when every round of the quarter is published already (a second run on the same data set). */
const CORRECTIONS = 3;

export type QuarterPublished = { timings: Timing[]; notes: string[]; published: number };

const quarterRounds = (cityId: string, quarter: Period) =>
  db().inspectionRound.findMany({
    where: { cityId, status: "CLOSED", kind: { not: "RECHECK" }, periodEnd: { gte: parseBusinessDate(quarter.start), lte: parseBusinessDate(quarter.end) } },
    orderBy: [{ periodEnd: "asc" }, { id: "asc" }],
    select: { id: true, name: true, publications: { where: { supersededBy: null }, select: { id: true } } },
  });

/**
 * Publishes, oldest first, every closed round of the quarter in every scale city that has no standing
 * publication yet, as the office would (preview, then publish with its bulletins), timing both. This writes
 * publications, bulletins, reminder letters and notifications into the scale province. When all are published
 * already, times corrections of the first city's latest few round publications instead.
 */
export async function publishQuarterRounds(cities: readonly ScaleCity[], quarter: Period, progress: (line: string) => void): Promise<QuarterPublished> {
  const previews: number[] = [];
  const publishes: number[] = [];
  for (const city of cities) {
    const rounds = (await quarterRounds(city.id, quarter)).filter((round) => round.publications.length === 0);
    for (const round of rounds) {
      let started = performance.now();
      await previewPublication(city.office, { kind: "ROUND", roundId: round.id });
      previews.push(performance.now() - started);
      started = performance.now();
      await publishPublication(city.office, { kind: "ROUND", roundId: round.id });
      publishes.push(performance.now() - started);
    }
    if (rounds.length) progress(`published ${rounds.length} rounds of ${city.name} (${publishes.length} so far)`);
  }
  const bulletins = await timeBulletinsAlone(
    (
      await db().publication.findMany({
        where: { cityId: cities[0].id, kind: "ROUND", supersededBy: null },
        orderBy: { publishedAt: "desc" },
        take: 3,
        select: { id: true },
      })
    ).map((row) => row.id),
  );
  if (publishes.length) {
    return {
      published: publishes.length,
      notes: [`published ${publishes.length} rounds of ${quarter.start}…${quarter.end} in ${cities.length} cities (written into the scale province)`],
      timings: [
        { section: SECTION, name: "previewPublication ROUND", note: `${previews.length} rounds`, ...summarize(previews) },
        { section: SECTION, name: "publishPublication ROUND (snapshot, bulletins, letters)", note: `${publishes.length} rounds`, ...summarize(publishes) },
        bulletins,
      ],
    };
  }
  const [city] = cities;
  const standing = (await quarterRounds(city.id, quarter)).flatMap((round) => round.publications).slice(-CORRECTIONS);
  const corrections: number[] = [];
  for (const publication of standing) {
    const started = performance.now();
    await correctPublication(city.office, { id: publication.id, reason: "压测：按当前数据重新发布 (bench)" });
    corrections.push(performance.now() - started);
  }
  return {
    published: 0,
    notes: [`every round of ${quarter.start}…${quarter.end} was published already: timed ${corrections.length} corrections of ${city.name}'s latest instead`],
    timings: [
      { section: SECTION, name: "correctPublication ROUND (republishing)", note: `${corrections.length} rounds`, ...summarize(corrections) },
      bulletins,
    ],
  };
}
