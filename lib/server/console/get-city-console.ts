import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { formatBusinessDate, formatInstant } from "@/lib/domain/dates";
import { roundDigestOf } from "@/lib/domain/publications/digest-schema";
import type { PublishedList } from "@/lib/domain/publications/snapshot-schema";
import { notFound } from "@/lib/errors";
import { IN_FORCE, NEWEST_FIRST, consoleCityWhere } from "./console-scope";
import { departmentRowsOf, type DepartmentRow } from "./department-rows";
import { showScore } from "./figures";

export type CityPublicationItem = {
  id: string;
  kind: "ROUND" | "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
  title: string;
  issue: { year: number; number: number };
  periodStart: string;
  periodEnd: string;
  publishedAt: string;
  /** The correction that replaced it (the item is superseded), or null. */
  supersededBy: { id: string; title: string; reason: string | null } | null;
};

export type CityConsole = {
  city: { id: string; name: string; slug: string };
  publications: CityPublicationItem[];
  /** The latest round publication in force: its lists and department table. */
  latest: {
    publicationId: string;
    title: string;
    roundName: string;
    cityScore: string | null;
    vetoed: boolean;
    lists: PublishedList[];
    departments: DepartmentRow[];
  } | null;
};

/** One city of the actor's province (404 beyond it): its publications, newest first, and its latest round publication's rankings. */
export async function getCityConsole(actor: Actor, slug: string): Promise<CityConsole> {
  const cityWhere = consoleCityWhere(actor);
  const client = db();
  const city = await client.city.findFirst({ where: { AND: [cityWhere, { slug }] }, select: { id: true, name: true, slug: true } });
  if (!city) throw notFound("城市");
  const rows = await client.publication.findMany({
    where: { cityId: city.id, scope: "CITY" },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      kind: true,
      title: true,
      issueYear: true,
      issueNumber: true,
      periodStart: true,
      periodEnd: true,
      publishedAt: true,
      supersededBy: { select: { id: true, title: true, reason: true } },
    },
  });
  const latestRow = await client.publication.findFirst({
    where: { ...IN_FORCE, kind: "ROUND", cityId: city.id },
    orderBy: NEWEST_FIRST,
    select: { id: true, title: true, digest: true },
  });
  const round = latestRow ? roundDigestOf(latestRow.digest) : null;
  return {
    city,
    publications: rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: row.title,
      issue: { year: row.issueYear, number: row.issueNumber },
      periodStart: formatBusinessDate(row.periodStart),
      periodEnd: formatBusinessDate(row.periodEnd),
      publishedAt: formatInstant(row.publishedAt),
      supersededBy: row.supersededBy,
    })),
    latest:
      latestRow && round
        ? {
            publicationId: latestRow.id,
            title: latestRow.title,
            roundName: round.round.name,
            cityScore: showScore(round.result.cityScore),
            vetoed: round.result.vetoed,
            lists: round.lists,
            departments: departmentRowsOf(round),
          }
        : null,
  };
}
