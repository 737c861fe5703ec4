import { db } from "@/lib/db";
import { parseDigest, type Digest } from "./digest-schema";
import type { IndexedCity } from "./load-city-index";
import { publicationRefSelect, toPublicationRef } from "./publication-ref";
import type { PublicCity, PublicCitySummary, PublicPublicationRef, PublicScorePoint } from "./public-dto";
import { reportFigures } from "./report-figures";
import { toPublicBody } from "./to-public-body";

/** How many standing round publications the score chart and the home page's trend show. */
export const SCORE_POINTS = 26;
export const TREND_POINTS = 8;
export const RECTIFICATION_PERIODS = 6;
export const RECENT_PUBLICATIONS = 5;

export type CityBundle = { summary: PublicCitySummary; detail: PublicCity; refs: PublicPublicationRef[] };

type Scored = { ref: PublicPublicationRef; digest: Digest };

function scoreOf({ ref, digest }: Scored): PublicScorePoint {
  const body = toPublicBody(digest);
  const cityScore = body.type === "PROVINCE" ? null : body.cityScore;
  const vetoed = body.type === "ROUND" ? body.vetoed : body.type === "PERIOD" ? body.vetoedRounds > 0 : false;
  return { publicationId: ref.id, title: ref.title, periodEnd: ref.periodEnd, cityScore, vetoed };
}

/**
 * Everything the public shows of one city, read once: the publication list (columns only), the digests of
 * the standing round publications the chart needs and of the latest standing publication, the report
 * counts and the current cycle.
 */
export async function loadCityBundle(city: IndexedCity): Promise<CityBundle> {
  const [rows, counts, cycle] = await Promise.all([
    db().publication.findMany({ where: { cityId: city.id }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: publicationRefSelect }),
    db().cityReportCounts.findUnique({ where: { cityId: city.id } }),
    db().creationCycle.findFirst({
      where: { cityId: city.id },
      orderBy: [{ isCurrent: "desc" }, { startYear: "desc" }],
      select: { name: true, startYear: true, endYear: true },
    }),
  ]);
  const refs = rows.map(toPublicationRef);
  const standing = refs.filter((ref) => ref.supersededBy === null);
  const standingRounds = standing.filter((ref) => ref.kind === "ROUND");
  const series = (standingRounds.length > 0 ? standingRounds : standing)
    .toSorted((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.publishedAt.localeCompare(a.publishedAt))
    .slice(0, SCORE_POINTS);
  const latest = standing[0] ?? null;
  const wanted = new Set([...series.map((ref) => ref.id), ...(latest ? [latest.id] : [])]);
  const digestRows = wanted.size ? await db().publication.findMany({ where: { id: { in: [...wanted] } }, select: { id: true, digest: true } }) : [];
  const digests = new Map(digestRows.map((row) => [row.id, parseDigest(row.digest)]));
  const scored = (ref: PublicPublicationRef): Scored => {
    const digest = digests.get(ref.id);
    if (!digest) throw new Error(`publication ${ref.id} vanished while reading`);
    return { ref, digest };
  };

  const points = series.map((ref) => scoreOf(scored(ref))).reverse();
  const latestBody = latest ? toPublicBody(scored(latest).digest) : null;
  const ranked = latest && latestBody && latestBody.type !== "PROVINCE" ? { ref: latest, body: latestBody } : null;
  const summary: PublicCitySummary = {
    slug: city.slug,
    name: city.name,
    province: city.provinceName,
    latest: points.length
      ? (() => {
          const last = points[points.length - 1];
          const ref = series[0];
          return { publicationId: last.publicationId, cityScore: last.cityScore, vetoed: last.vetoed, periodEnd: last.periodEnd, publishedAt: ref.publishedAt };
        })()
      : null,
    trend: points.slice(-TREND_POINTS),
    progress: ranked
      ? {
          publicationId: ranked.ref.id,
          plan: ranked.body.planProgress.plan,
          tasksCompleted: ranked.body.planProgress.actions.reduce((sum, action) => sum + action.completed, 0),
          tasksTotal: ranked.body.planProgress.actions.reduce((sum, action) => sum + action.total, 0),
          rectification: ranked.body.rectification,
        }
      : null,
    lastPublishedAt: refs[0]?.publishedAt ?? null,
  };
  const detail: PublicCity = {
    ...summary,
    cycle: cycle ? { name: cycle.name, startYear: cycle.startYear, endYear: cycle.endYear } : null,
    planProgress: ranked ? { ...ranked.body.planProgress, publicationId: ranked.ref.id, publishedAt: ranked.ref.publishedAt } : null,
    rankings: ranked ? { publication: ranked.ref, departments: ranked.body.departments, lists: ranked.body.lists } : null,
    scores: points,
    rectification: series
      .filter((ref) => ref.kind === "ROUND")
      .slice(0, RECTIFICATION_PERIODS)
      .flatMap((ref) => {
        const body = toPublicBody(scored(ref).digest);
        if (body.type === "PROVINCE") return [];
        return [{ ...body.rectification, publicationId: ref.id, title: ref.title, periodStart: ref.periodStart, periodEnd: ref.periodEnd }];
      }),
    reports: reportFigures(counts),
    recentPublications: refs.slice(0, RECENT_PUBLICATIONS),
    publicationCount: refs.length,
  };
  return { summary, detail, refs };
}
