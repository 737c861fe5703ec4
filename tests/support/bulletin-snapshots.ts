import {
  SNAPSHOT_SCHEMA_VERSION,
  parseSnapshot,
  type PeriodSnapshot,
  type ProvinceSnapshot,
  type PublishedList,
  type RoundSnapshot,
} from "@/lib/domain/publications/snapshot-schema";

// Small valid snapshots for bulletin tests (parsed with the real schema, so a shape change fails here first).

type Department = { name: string; composite: string | null; rank: number | null; inspection?: string | null };

export function defaultList(departments: readonly Department[], overrides: Partial<PublishedList> = {}): PublishedList {
  return {
    id: "list-default",
    name: "综合红黑榜",
    isDefault: true,
    metric: "COMPOSITE",
    members: { kind: "ALL" },
    redCount: 1,
    blackCount: 1,
    blackThreshold: "85.0000",
    ranking: departments.map((department, index) => ({
      department: department.name,
      rank: department.rank,
      value: department.composite,
      movement: index === 0 ? { kind: "UP", by: 2 } : { kind: "NEW" },
    })),
    redList: [departments[0].name],
    blackList: [{ department: departments[departments.length - 1].name, level: 2, step: "LEADER_MEETING" }],
    ...overrides,
  };
}

export function roundSnapshot(options: {
  city: { id: string; name: string; slug: string };
  departments: readonly Department[];
  lists?: PublishedList[];
}): RoundSnapshot {
  const { departments } = options;
  return parseSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "ROUND",
    city: options.city,
    round: { id: "round-1", name: "第12轮", kind: "WEEKLY", periodStart: "2026-11-23", periodEnd: "2026-11-29", closedAt: "2026-11-30T02:00:00.000Z" },
    computedAt: "2026-12-01T02:00:00.000Z",
    input: {
      criteria: [{ code: "A-01", points: "10", rubric: { kind: "PASS_FAIL" } }],
      checks: departments.map((department) => ({ criterion: "A-01", departments: [department.name], outcome: { pass: true } })),
      findings: [],
      tasks: [],
      period: { start: "2026-11-23", end: "2026-11-29" },
    },
    inputHash: "hash",
    result: {
      cityScore: "87.4450",
      vetoed: true,
      criteria: [{ code: "A-01", assessed: true, earned: "10.0000", possible: "10.0000" }],
      departments: departments.map((department) => ({
        name: department.name,
        inspectionScore: department.inspection ?? department.composite,
        rectificationRate: null,
        ledgerCompleteness: "66.6667",
        composite: department.composite,
        rank: department.rank,
        overdueOpen: 0,
      })),
      redList: [departments[0].name],
      blackList: [departments[departments.length - 1].name],
    },
    departments: departments.map((department) => ({ name: department.name, kind: "BUREAU" })),
    lists: options.lists ?? [defaultList(departments)],
    planProgress: { plan: null, actions: [] },
    rectification: { due: 5, rectifiedOnTime: 3, overdue: 1 },
  }) as RoundSnapshot;
}

export function periodSnapshot(options: { city: { id: string; name: string; slug: string }; departments: readonly Department[] }): PeriodSnapshot {
  const { departments } = options;
  return parseSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "QUARTER",
    city: options.city,
    period: { start: "2026-10-01", end: "2026-12-31" },
    computedAt: "2026-12-01T02:00:00.000Z",
    rounds: [
      { publicationId: "p1", roundId: "r1", roundName: "第10轮", periodEnd: "2026-11-15", cityScore: "90.0000", vetoed: false },
      { publicationId: "p2", roundId: "r2", roundName: "第11轮", periodEnd: "2026-11-22", cityScore: "80.0000", vetoed: true },
    ],
    result: {
      cityScore: "85.0000",
      vetoedRounds: 1,
      departments: departments.map((department) => ({
        name: department.name,
        kind: "BUREAU",
        inspectionScore: department.composite,
        rectificationRate: null,
        ledgerCompleteness: null,
        composite: department.composite,
        rank: department.rank,
        overdueOpen: 0,
        rounds: 2,
      })),
    },
    lists: [defaultList(departments)],
    planProgress: { plan: null, actions: [] },
    rectification: { due: 0, rectifiedOnTime: 0, overdue: 0 },
  }) as PeriodSnapshot;
}

export function provinceSnapshot(options: {
  province: { id: string; name: string; code: string };
  cities: { id: string; name: string; slug: string; score: string | null; rank: number | null }[];
}): ProvinceSnapshot {
  return parseSnapshot({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    scope: "PROVINCE",
    kind: "MONTH",
    province: options.province,
    period: { start: "2026-11-01", end: "2026-11-30" },
    computedAt: "2026-12-01T02:00:00.000Z",
    cities: options.cities.map((city) => ({
      city: { id: city.id, name: city.name, slug: city.slug },
      cityScore: city.score,
      vetoedRounds: 0,
      rank: city.rank,
      movement: null,
      publicationIds: [],
    })),
  }) as ProvinceSnapshot;
}
