import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { todayInShanghai } from "@/lib/domain/dates";
import { roundDigestOf } from "@/lib/domain/publications/digest-schema";
import { consoleCityWhere } from "./console-scope";
import { chartValue, showPercent, showScore } from "./figures";
import { loadScoreSeries } from "./load-score-series";

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
  const series = await loadScoreSeries(cities.map((city) => city.id));
  const latestIds = cities.flatMap((city) => series.findLast((point) => point.cityId === city.id)?.id ?? []);
  const latestRows = await client.publication.findMany({ where: { id: { in: latestIds } }, select: { id: true, title: true, digest: true } });
  const latest = new Map(
    latestRows.flatMap((row) => {
      const digest = roundDigestOf(row.digest);
      return digest ? [[row.id, { title: row.title, digest }] as const] : [];
    }),
  );
  const year = today.slice(0, 4);
  return cities.map((city) => {
    const own = series.filter((point) => point.cityId === city.id);
    const lastPoint = own.at(-1);
    const last = lastPoint ? latest.get(lastPoint.id) : undefined;
    const actions = last?.digest.planProgress.actions ?? [];
    const completed = actions.reduce((sum, action) => sum + action.completed, 0);
    const total = actions.reduce((sum, action) => sum + action.total, 0);
    const rectification = last?.digest.rectification;
    return {
      id: city.id,
      name: city.name,
      slug: city.slug,
      provinceName: city.province.name,
      latest:
        lastPoint && last
          ? {
              publicationId: lastPoint.id,
              title: last.title,
              roundName: lastPoint.roundName,
              periodEnd: lastPoint.periodEnd,
              cityScore: showScore(lastPoint.cityScore),
              vetoed: lastPoint.vetoed,
            }
          : null,
      trend: own.map((point) => ({
        publicationId: point.id,
        label: point.roundName,
        periodEnd: point.periodEnd,
        cityScore: showScore(point.cityScore),
        value: chartValue(point.cityScore),
        vetoed: point.vetoed,
      })),
      vetoedThisYear: own.filter((point) => point.periodEnd.startsWith(year) && point.vetoed).length,
      rectification: rectification
        ? { due: rectification.due, rectifiedOnTime: rectification.rectifiedOnTime, rate: showPercent(rectification.rectifiedOnTime, rectification.due) }
        : null,
      overdue: rectification ? rectification.overdue : null,
      cycleProgress: last ? { completed, total, rate: showPercent(completed, total) } : null,
    };
  });
}
