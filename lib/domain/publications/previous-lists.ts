import { effectivePublications, escalationLevels } from "@/lib/domain/scoring/escalation";
import type { PreviousLists } from "./evaluate-lists";
import type { PublishedList } from "./snapshot-schema";

/** One earlier publication of the series, as its snapshot stored it. */
export type SeriesPublication = { id: string; supersedes: string | null; lists: readonly PublishedList[] };

/**
 * What a new publication compares itself with, from the series' earlier publications (oldest first, corrections
 * included): the rankings of the latest effective one, and each list's black-list streaks ending there. A
 * superseded publication counts as its correction (scoring.md), so a corrected black list breaks or keeps a streak.
 */
export function previousListsOf(series: readonly SeriesPublication[]): PreviousLists | null {
  const byId = new Map(series.map((publication) => [publication.id, publication]));
  const effective = effectivePublications(series.map(({ id, supersedes }) => ({ id, supersedes, blackList: [] }))).map((publication) =>
    byId.get(publication.id)!,
  );
  const last = effective.at(-1);
  if (!last) return null;
  const blackStreaks = new Map<string, Map<string, number>>();
  for (const list of last.lists) {
    const sequence = effective.map((publication) => ({
      id: publication.id,
      blackList: publication.lists.find((candidate) => candidate.id === list.id)?.blackList.map((entry) => entry.department) ?? [],
    }));
    blackStreaks.set(list.id, escalationLevels(sequence));
  }
  return {
    lists: last.lists.map((list) => ({ id: list.id, ranking: list.ranking.map(({ department, rank }) => ({ department, rank })) })),
    blackStreaks,
  };
}
