import type { Movement, PublishedList } from "@/lib/domain/publications/snapshot-schema";
import type { Digest, RoundDigest } from "./digest-schema";
import type { PublicDepartmentRow, PublicList, PublicPublication } from "./public-dto";

// From a parsed digest to what the public sees: every field named here is one docs/public-data.md
// decided to show; ids other than publication ids and city slugs are dropped (lists', rounds', cities').

export function toPublicMovement(movement: Movement | null): PublicList["ranking"][number]["movement"] {
  if (movement === null) return null;
  return { kind: movement.kind, by: "by" in movement ? movement.by : null };
}

export function toPublicList(list: PublishedList): PublicList {
  return {
    name: list.name,
    metric: list.metric,
    isDefault: list.isDefault,
    redCount: list.redCount,
    blackCount: list.blackCount,
    blackThreshold: list.blackThreshold,
    ranking: list.ranking.map((row) => ({ department: row.department, rank: row.rank, value: row.value, movement: toPublicMovement(row.movement) })),
    redList: [...list.redList],
    blackList: list.blackList.map((entry) => ({ department: entry.department, level: entry.level, step: entry.step })),
  };
}

function roundDepartments(digest: RoundDigest): PublicDepartmentRow[] {
  const kinds = new Map(digest.departments.map((department) => [department.name, department.kind]));
  return digest.result.departments.map((row) => ({
    name: row.name,
    kind: kinds.get(row.name) ?? null,
    inspectionScore: row.inspectionScore,
    rectificationRate: row.rectificationRate,
    ledgerCompleteness: row.ledgerCompleteness,
    composite: row.composite,
    rank: row.rank,
    overdueOpen: row.overdueOpen,
  }));
}

const planOf = (plan: { plan: string | null; actions: { name: string; completed: number; total: number }[] }) => ({
  plan: plan.plan,
  actions: plan.actions.map((action) => ({ name: action.name, completed: action.completed, total: action.total })),
});

const rectificationOf = (figures: { due: number; rectifiedOnTime: number; overdue: number }) => ({
  due: figures.due,
  rectifiedOnTime: figures.rectifiedOnTime,
  overdue: figures.overdue,
});

/** The public body of a publication's digest. */
export function toPublicBody(digest: Digest): PublicPublication["body"] {
  if ("scope" in digest) {
    return {
      type: "PROVINCE",
      cities: digest.cities.map((row) => ({
        slug: row.city.slug,
        name: row.city.name,
        cityScore: row.cityScore,
        vetoedRounds: row.vetoedRounds,
        rank: row.rank,
        movement: toPublicMovement(row.movement),
        publicationIds: [...row.publicationIds],
      })),
    };
  }
  if (digest.kind === "ROUND") {
    return {
      type: "ROUND",
      roundName: digest.round.name,
      cityScore: digest.result.cityScore,
      vetoed: digest.result.vetoed,
      departments: roundDepartments(digest),
      lists: digest.lists.map(toPublicList),
      planProgress: planOf(digest.planProgress),
      rectification: rectificationOf(digest.rectification),
    };
  }
  return {
    type: "PERIOD",
    cityScore: digest.result.cityScore,
    vetoedRounds: digest.result.vetoedRounds,
    rounds: digest.rounds.map((round) => ({
      publicationId: round.publicationId,
      roundName: round.roundName,
      periodEnd: round.periodEnd,
      cityScore: round.cityScore,
      vetoed: round.vetoed,
    })),
    departments: digest.result.departments.map((row) => ({
      name: row.name,
      kind: row.kind,
      inspectionScore: row.inspectionScore,
      rectificationRate: row.rectificationRate,
      ledgerCompleteness: row.ledgerCompleteness,
      composite: row.composite,
      rank: row.rank,
      overdueOpen: row.overdueOpen,
    })),
    lists: digest.lists.map(toPublicList),
    planProgress: planOf(digest.planProgress),
    rectification: rectificationOf(digest.rectification),
  };
}
