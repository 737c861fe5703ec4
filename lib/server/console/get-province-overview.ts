import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatBusinessDate, todayInShanghai } from "@/lib/domain/dates";
import { parseSnapshot, type RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { IN_FORCE, consoleCityWhere } from "./console-scope";
import { chartValue, showPercent, showScore } from "./figures";

export type TrendPoint = { publicationId: string; label: string; periodEnd: string; cityScore: string | null; value: number | null; vetoed: boolean };

export type CityOverview = {
  id: string;
  name: string;
  slug: string;
  provinceName: string;
  /** The latest round publication in force, or null before the first. */
  latest: { publicationId: string; title: string; roundName: string; periodEnd: string; cityScore: string | null; vetoed: boolean } | null;
  /** Every round publication in force, oldest first. */
  trend: TrendPoint[];
  vetoedThisYear: number;
  /** Of the latest publication: findings due in its period and those rectified by their due date. */
  rectification: { due: number; rectifiedOnTime: number; rate: string | null } | null;
  overdue: number | null;
  /** The plan's progress when the latest was published: tasks completed / total over its actions. */
  cycleProgress: { completed: number; total: number; rate: string | null } | null;
};

function roundSnapshotOf(json: unknown): RoundSnapshot | null {
  const snapshot = parseSnapshot(json);
  return !("scope" in snapshot) && snapshot.kind === "ROUND" ? snapshot : null;
}

/**
 * Every nominated city the actor oversees, side by side, from its round publications in force only (never a
 * draft, a stored RoundScore or a live check): latest score and veto, the trend, vetoed rounds this year, and
 * the latest publication's rectification, overdue findings and plan progress.
 */
export async function getProvinceOverview(actor: Actor, today = todayInShanghai()): Promise<CityOverview[]> {
  const cityWhere = consoleCityWhere(actor);
  const client = db();
  const cities = await client.city.findMany({
    where: { AND: [cityWhere, { isNominated: true }] },
    select: { id: true, name: true, slug: true, province: { select: { name: true } } },
    orderBy: [{ province: { name: "asc" } }, { name: "asc" }],
  });
  const publications = await client.publication.findMany({
    where: { ...IN_FORCE, kind: "ROUND", cityId: { in: cities.map((city) => city.id) } },
    select: { id: true, cityId: true, title: true, periodEnd: true, snapshot: true },
    orderBy: [{ periodEnd: "asc" }, { publishedAt: "asc" }, { id: "asc" }],
  });
  const year = today.slice(0, 4);
  return cities.map((city) => {
    const own = publications.flatMap((publication) => {
      const snapshot = publication.cityId === city.id ? roundSnapshotOf(publication.snapshot) : null;
      return snapshot ? [{ ...publication, snapshot, periodEnd: formatBusinessDate(publication.periodEnd) }] : [];
    });
    const last = own.at(-1);
    const actions = last?.snapshot.planProgress.actions ?? [];
    const completed = actions.reduce((sum, action) => sum + action.completed, 0);
    const total = actions.reduce((sum, action) => sum + action.total, 0);
    return {
      id: city.id,
      name: city.name,
      slug: city.slug,
      provinceName: city.province.name,
      latest: last
        ? {
            publicationId: last.id,
            title: last.title,
            roundName: last.snapshot.round.name,
            periodEnd: last.periodEnd,
            cityScore: showScore(last.snapshot.result.cityScore),
            vetoed: last.snapshot.result.vetoed,
          }
        : null,
      trend: own.map((publication) => ({
        publicationId: publication.id,
        label: publication.snapshot.round.name,
        periodEnd: publication.periodEnd,
        cityScore: showScore(publication.snapshot.result.cityScore),
        value: chartValue(publication.snapshot.result.cityScore),
        vetoed: publication.snapshot.result.vetoed,
      })),
      vetoedThisYear: own.filter((publication) => publication.periodEnd.startsWith(year) && publication.snapshot.result.vetoed).length,
      rectification: last
        ? { ...pick(last.snapshot.rectification), rate: showPercent(last.snapshot.rectification.rectifiedOnTime, last.snapshot.rectification.due) }
        : null,
      overdue: last ? last.snapshot.rectification.overdue : null,
      cycleProgress: last ? { completed, total, rate: showPercent(completed, total) } : null,
    };
  });
}

function pick({ due, rectifiedOnTime }: RoundSnapshot["rectification"]) {
  return { due, rectifiedOnTime };
}
