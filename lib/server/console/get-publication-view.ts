import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatBusinessDate, formatInstant } from "@/lib/domain/dates";
import { parseSnapshot, type Movement, type PublishedList, type Snapshot } from "@/lib/domain/publications/snapshot-schema";
import { notFound } from "@/lib/errors";
import { departmentRowsOf, type DepartmentRow } from "./department-rows";
import { chartValue, showScore } from "./figures";
import { loadCriterionNames } from "./load-criterion-names";
import { lostByCategory, type CategoryLoss } from "./lost-by-category";
import { publicationReader } from "./publication-read-scope";

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

function ownRows(lists: PublishedList[], departments: DepartmentRow[], department: string | null) {
  if (department === null) return { lists, departments };
  return {
    lists: lists.map((list) => ({
      ...list,
      ranking: list.ranking.filter((entry) => entry.department === department),
      redList: list.redList.filter((name) => name === department),
      blackList: list.blackList.filter((entry) => entry.department === department),
    })),
    departments: departments.filter((row) => row.name === department),
  };
}

async function figuresOf(snapshot: Snapshot, roundId: string | null, cityId: string | null) {
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

/** One publication the actor may read (404 beyond its scope), every figure from its frozen snapshot. */
export async function getPublicationView(actor: Actor, id: string): Promise<PublicationView> {
  const reader = await publicationReader(actor);
  const row = await db().publication.findFirst({
    where: { AND: [reader.where, { id }] },
    include: { supersededBy: { select: { id: true, title: true, reason: true } }, supersedes: { select: { id: true, title: true } } },
  });
  if (!row) throw notFound("发布");
  const snapshot = parseSnapshot(row.snapshot);
  const figures = await figuresOf(snapshot, row.roundId, row.cityId);
  return {
    id: row.id,
    scope: row.scope,
    kind: row.kind,
    title: row.title,
    issue: { year: row.issueYear, number: row.issueNumber },
    summary: row.summary,
    reason: row.reason,
    publishedAt: formatInstant(row.publishedAt),
    periodStart: formatBusinessDate(row.periodStart),
    periodEnd: formatBusinessDate(row.periodEnd),
    supersededBy: row.supersededBy,
    supersedes: row.supersedes,
    ...figures,
    ...ownRows(figures.lists, figures.departments, reader.department),
    isDrillable: !("scope" in snapshot) && snapshot.kind === "ROUND",
    viewerDepartment: reader.department,
  };
}
