import { exportScore } from "@/lib/domain/scoring/calculator-output";
import { parseNonNegative } from "@/lib/domain/scoring/decimal-input";
import { escalationStep } from "@/lib/domain/scoring/escalation";
import type { Fraction } from "@/lib/domain/scoring/fraction";
import { redBlackLists } from "@/lib/domain/scoring/lists";
import { rankByScore } from "@/lib/domain/scoring/ranking";
import type { Movement, PublishedList } from "./snapshot-schema";

export type RankingMetric = PublishedList["metric"];

export type ListDefinition = {
  id: string;
  name: string;
  isDefault: boolean;
  metric: RankingMetric;
  members: PublishedList["members"];
  redCount: number;
  blackCount: number;
  /** Decimal text, as stored (e.g. "85" or "85.00"). */
  blackThreshold: string;
};

/** A department's exact figures for the publication (a round's scorecard or a period's means). */
export type ListedDepartment = {
  name: string;
  kind: "BUREAU" | "STREET_OFFICE";
  inspectionScore: Fraction | null;
  rectificationRate: Fraction | null;
  composite: Fraction | null;
  overdueOpen: number;
};

/**
 * What the previous publication of the series says: each list's ranking (for movement) and, per list id, the
 * black-list streak each department had ending at that publication (for escalation). Built by the caller from
 * the series' effective publications (lib/domain/scoring/escalation.ts: a superseded one replaced by its correction).
 */
export type PreviousLists = {
  lists: { id: string; ranking: { department: string; rank: number | null }[] }[];
  blackStreaks: Map<string, Map<string, number>>;
};

const METRIC_VALUE: Record<RankingMetric, (department: ListedDepartment) => Fraction | null> = {
  COMPOSITE: (department) => department.composite,
  INSPECTION: (department) => department.inspectionScore,
  RECTIFICATION: (department) => department.rectificationRate,
};

function isMember(members: PublishedList["members"], department: ListedDepartment): boolean {
  if (members.kind === "ALL") return true;
  if (members.kind === "BY_KIND") return department.kind === members.departmentKind;
  return members.departments.includes(department.name);
}

/** Higher first; an absent value is lowest (scoring.md's last tie-break). */
function compareInspectionDescending(a: Fraction | null, b: Fraction | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return b.cmp(a);
}

function movementOf(rank: number | null, previousRank: number | null | undefined): Movement | null {
  if (rank === null) return null;
  if (previousRank === null || previousRank === undefined) return { kind: "NEW" };
  if (previousRank > rank) return { kind: "UP", by: previousRank - rank };
  if (previousRank < rank) return { kind: "DOWN", by: rank - previousRank };
  return { kind: "SAME" };
}

function evaluateList(definition: ListDefinition, departments: readonly ListedDepartment[], previous: PreviousLists | null): PublishedList {
  const value = METRIC_VALUE[definition.metric];
  const members = departments.filter((department) => isMember(definition.members, department));
  const ranked = rankByScore(members, value, (a, b) => a.overdueOpen - b.overdueOpen || compareInspectionDescending(a.inspectionScore, b.inspectionScore));
  const blackThreshold = parseNonNegative(definition.blackThreshold, "blackThreshold");
  const { redList, blackList } = redBlackLists(
    ranked.map((department) => ({ name: department.name, rank: department.rank, composite: value(department) })),
    { redCount: definition.redCount, blackCount: definition.blackCount, blackThreshold },
  );
  const previousList = previous?.lists.find((list) => list.id === definition.id);
  const previousRanks = new Map(previousList?.ranking.map((entry) => [entry.department, entry.rank]));
  const streaks = previous?.blackStreaks.get(definition.id);
  return {
    id: definition.id,
    name: definition.name,
    isDefault: definition.isDefault,
    metric: definition.metric,
    members: definition.members,
    redCount: definition.redCount,
    blackCount: definition.blackCount,
    blackThreshold: definition.blackThreshold,
    ranking: ranked.map((department) => ({
      department: department.name,
      rank: department.rank,
      value: exportScore(value(department)),
      movement: movementOf(department.rank, previousRanks.get(department.name)),
    })),
    redList,
    blackList: blackList.map((department) => {
      const level = (streaks?.get(department) ?? 0) + 1;
      return { department, level, step: escalationStep(level)! };
    }),
  };
}

/**
 * Every list of a publication: members filtered by the definition, ranked by the list's metric with scoring.md's
 * ranking rule (ties: fewer overdue open findings, then higher exact inspection score), red and black lists by
 * scoring.md's list rule on that metric, movement against the same list (by id) in the previous publication, and
 * each black-listed department's escalation level (its streak on this list, this publication included).
 */
export function evaluateLists(
  definitions: readonly ListDefinition[],
  departments: readonly ListedDepartment[],
  previous: PreviousLists | null,
): PublishedList[] {
  return definitions.map((definition) => evaluateList(definition, departments, previous));
}
