import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatInstant } from "@/lib/domain/dates";
import type { Movement, PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { getPublication } from "@/lib/server/publications/get-publication";
import type { PublicationDetail } from "@/lib/server/publications/publication-dto";
import { departmentRowsOf, type DepartmentRow } from "./department-rows";
import { chartValue, showScore } from "./figures";
import { loadCriterionNames } from "./load-criterion-names";
import { lostByCategory, type CategoryLoss } from "./lost-by-category";

export type ProvinceCityRow = {
  name: string;
  slug: string;
  rank: number | null;
  cityScore: string | null;
  value: number | null;
  vetoedRounds: number;
  movement: Movement | null;
};

export type PublicationView = {
  id: string;
  scope: "CITY" | "PROVINCE";
  kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
  title: string;
  issue: { year: number; number: number };
  summary: string | null;
  reason: string | null;
  publishedAt: string;
  periodStart: string;
  periodEnd: string;
  owner: string;
  supersededBy: { id: string; title: string; reason: string | null } | null;
  supersedes: { id: string; title: string } | null;
  cityScore: string | null;
  vetoed: boolean;
  lists: PublishedList[];
  departments: DepartmentRow[];
  /** Round publications: the points lost per category of the edition (assessed criteria only). */
  losses: CategoryLoss[];
  cities: ProvinceCityRow[];
  /** Whether a department's inspection score opens its checks (round publications hold the calculator input). */
  isDrillable: boolean;
  /** A liaison's own department: every department row but this one is left out. */
  viewerDepartment: string | null;
};

async function figuresOf(snapshot: PublicationDetail["snapshot"], roundId: string | null, cityId: string | null) {
  if ("scope" in snapshot) {
    const cities = snapshot.cities.map((entry) => ({
      name: entry.city.name,
      slug: entry.city.slug,
      rank: entry.rank,
      cityScore: showScore(entry.cityScore),
      value: chartValue(entry.cityScore),
      vetoedRounds: entry.vetoedRounds,
      movement: entry.movement,
    }));
    return { owner: snapshot.province.name, cityScore: null, vetoed: false, lists: [], departments: [], losses: [], cities };
  }
  const common = {
    owner: snapshot.city.name,
    cityScore: showScore(snapshot.result.cityScore),
    lists: snapshot.lists,
    departments: departmentRowsOf(snapshot),
    cities: [],
  };
  if (snapshot.kind !== "ROUND") return { ...common, vetoed: snapshot.result.vetoedRounds > 0, losses: [] };
  const names = await loadCriterionNames(
    roundId,
    cityId,
    snapshot.result.criteria.map((criterion) => criterion.code),
  );
  return { ...common, vetoed: snapshot.result.vetoed, losses: lostByCategory(snapshot.result.criteria, names) };
}

/**
 * One publication the actor may read (getPublication: 404 beyond its scope; a liaison gets its own department's
 * rows), every figure from its frozen snapshot, with the titles of the publications it corrects or that correct it.
 */
export async function getPublicationView(actor: Actor, id: string): Promise<PublicationView> {
  const detail = await getPublication(actor, id);
  const linked = [detail.supersededBy, detail.supersedes].filter((linkedId): linkedId is string => linkedId !== null);
  const others = linked.length ? await db().publication.findMany({ where: { id: { in: linked } }, select: { id: true, title: true, reason: true } }) : [];
  const byId = new Map(others.map((other) => [other.id, other]));
  const snapshot = detail.snapshot;
  const figures = await figuresOf(snapshot, detail.round?.id ?? null, detail.city?.id ?? null);
  const correction = detail.supersededBy ? byId.get(detail.supersededBy) : undefined;
  const corrected = detail.supersedes ? byId.get(detail.supersedes) : undefined;
  return {
    id: detail.id,
    scope: detail.scope,
    kind: detail.kind,
    title: detail.title,
    issue: { year: detail.issueYear, number: detail.issueNumber },
    summary: detail.summary,
    reason: detail.reason,
    publishedAt: formatInstant(new Date(detail.publishedAt)),
    periodStart: detail.periodStart,
    periodEnd: detail.periodEnd,
    supersededBy: correction ?? null,
    supersedes: corrected ? { id: corrected.id, title: corrected.title } : null,
    ...figures,
    isDrillable: !("scope" in snapshot) && snapshot.kind === "ROUND",
    viewerDepartment: "department" in snapshot ? snapshot.department : null,
  };
}
