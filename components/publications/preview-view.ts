import type { PeriodSnapshot, ProvinceSnapshot, PublishedList, RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { departmentRowsOf, type DepartmentRow } from "@/lib/server/console/department-rows";
import { showScore } from "@/lib/server/console/figures";
import type { ProvinceCityRow } from "@/lib/server/console/get-publication-view";

/** What the 发布 panels show of a preview: the figures publishing would freeze, as the publication page shows them. */
export type PreviewView =
  | { scope: "CITY"; kind: "ROUND"; owner: string; cityScore: string | null; vetoed: boolean; lists: PublishedList[]; departments: DepartmentRow[] }
  | {
      scope: "CITY";
      kind: "MONTH" | "QUARTER" | "YEAR" | "CYCLE";
      owner: string;
      period: { start: string; end: string };
      cityScore: string | null;
      vetoedRounds: number;
      rounds: { roundName: string; periodEnd: string; cityScore: string | null; vetoed: boolean }[];
      lists: PublishedList[];
      departments: DepartmentRow[];
    }
  | { scope: "PROVINCE"; kind: ProvinceSnapshot["kind"]; owner: string; period: { start: string; end: string }; cities: ProvinceCityRow[] };

/** Shapes a preview's snapshot on the server, so the browser never receives the calculator input of every check. */
export function toPreviewView(snapshot: RoundSnapshot | PeriodSnapshot | ProvinceSnapshot): PreviewView {
  if ("scope" in snapshot) {
    const cities = snapshot.cities.map((entry) => ({
      name: entry.city.name,
      slug: entry.city.slug,
      rank: entry.rank,
      cityScore: showScore(entry.cityScore),
      value: entry.cityScore === null ? null : Number(entry.cityScore),
      vetoedRounds: entry.vetoedRounds,
      movement: entry.movement,
    }));
    return { scope: "PROVINCE", kind: snapshot.kind, owner: snapshot.province.name, period: snapshot.period, cities };
  }
  const common = { owner: snapshot.city.name, cityScore: showScore(snapshot.result.cityScore), lists: snapshot.lists, departments: departmentRowsOf(snapshot) };
  if (snapshot.kind === "ROUND") return { scope: "CITY", kind: "ROUND", ...common, vetoed: snapshot.result.vetoed };
  return {
    scope: "CITY",
    kind: snapshot.kind,
    ...common,
    period: snapshot.period,
    vetoedRounds: snapshot.result.vetoedRounds,
    rounds: snapshot.rounds.map((round) => ({
      roundName: round.roundName,
      periodEnd: round.periodEnd,
      cityScore: showScore(round.cityScore),
      vetoed: round.vetoed,
    })),
  };
}
