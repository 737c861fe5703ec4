import { evaluateLists, type ListDefinition } from "@/lib/domain/publications/evaluate-lists";
import { previousListsOf } from "@/lib/domain/publications/previous-lists";
import { SNAPSHOT_SCHEMA_VERSION, roundSnapshotSchema, type RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { toCalculatorOutput } from "@/lib/domain/scoring/calculator-output";
import type { RoundInput } from "@/lib/domain/scoring/round-input";
import { scoreRound } from "@/lib/domain/scoring/score-round";
import { formatBusinessDate, parseBusinessDate } from "@/lib/domain/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FactoryClient } from "@/tests/factories/unique";

// Round publications for tests of what reads them, built from a calculator input the way publishing
// builds them (the engine's output, the lists evaluated by evaluateLists), without rounds or checks.

type Kind = "BUREAU" | "STREET_OFFICE";

export type RoundSnapshotSpec = {
  city: { id: string; name: string; slug: string };
  round?: { id?: string; name?: string; kind?: string };
  input: RoundInput;
  checkSites?: RoundSnapshot["checkSites"];
  /** The city's departments with their kinds; every department of the input is a bureau unless named here. */
  kinds?: Record<string, Kind>;
  rectification?: RoundSnapshot["rectification"];
  planProgress?: RoundSnapshot["planProgress"];
  /** Earlier snapshots of the series (oldest first) for movement and escalation. */
  previous?: readonly { id: string; supersedes: string | null; snapshot: RoundSnapshot }[];
  extraLists?: ListDefinition[];
};

export const DEFAULT_LIST: ListDefinition = {
  id: "list-default",
  name: "综合红黑榜",
  isDefault: true,
  metric: "COMPOSITE",
  members: { kind: "ALL" },
  redCount: 1,
  blackCount: 1,
  blackThreshold: "85",
};

/** A valid round snapshot (parsed by the schema before it is returned). */
export function buildRoundSnapshot(spec: RoundSnapshotSpec): RoundSnapshot {
  const scores = scoreRound(spec.input);
  const result = toCalculatorOutput(scores);
  const kindOf = (name: string): Kind => spec.kinds?.[name] ?? "BUREAU";
  const listed = scores.departments.map((department) => ({ ...department, kind: kindOf(department.name) }));
  const previous = spec.previous?.length
    ? previousListsOf(spec.previous.map(({ id, supersedes, snapshot }) => ({ id, supersedes, lists: snapshot.lists })))
    : null;
  return roundSnapshotSchema.parse({
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "ROUND",
    city: spec.city,
    round: {
      id: spec.round?.id ?? "round-test",
      name: spec.round?.name ?? `第1轮 ${spec.input.period.end}`,
      kind: spec.round?.kind ?? "WEEKLY",
      periodStart: spec.input.period.start,
      periodEnd: spec.input.period.end,
      closedAt: `${spec.input.period.end}T10:00:00.000Z`,
    },
    computedAt: `${spec.input.period.end}T12:00:00.000Z`,
    input: spec.input,
    inputHash: "test-hash",
    result,
    ...(spec.checkSites ? { checkSites: spec.checkSites } : {}),
    departments: result.departments.map((department) => ({ name: department.name, kind: kindOf(department.name) })),
    lists: evaluateLists([DEFAULT_LIST, ...(spec.extraLists ?? [])], listed, previous),
    planProgress: spec.planProgress ?? { plan: "年度计划", actions: [{ name: "环境整治", completed: 3, total: 4 }] },
    rectification: spec.rectification ?? { due: 4, rectifiedOnTime: 3, overdue: 1 },
  });
}

let issue = 0;

/** Stores a city's round publication as publishing would (issue numbers unique per test process and city). */
export async function insertRoundPublication(
  client: FactoryClient,
  options: {
    cityId: string;
    snapshot: RoundSnapshot;
    publishedById: string;
    roundId?: string | null;
    supersedesId?: string;
    reason?: string;
    publishedAt?: Date;
    title?: string;
  },
) {
  issue += 1;
  const { snapshot } = options;
  return client.publication.create({
    data: {
      scope: "CITY",
      kind: "ROUND",
      cityId: options.cityId,
      roundId: options.roundId ?? null,
      periodStart: parseBusinessDate(snapshot.round.periodStart),
      periodEnd: parseBusinessDate(snapshot.round.periodEnd),
      title: options.title ?? `${snapshot.city.name}创文督查通报（${snapshot.round.name}）`,
      summary: "本期督查总体平稳。",
      issueYear: Number(snapshot.round.periodEnd.slice(0, 4)),
      issueNumber: issue * 1000 + Math.floor(Math.random() * 1000),
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      snapshot: snapshot as unknown as Prisma.InputJsonValue,
      publishedAt: options.publishedAt ?? new Date(`${snapshot.round.periodEnd}T12:00:00.000Z`),
      publishedById: options.publishedById,
      supersedesId: options.supersedesId ?? null,
      reason: options.reason ?? null,
    },
  });
}

/**
 * Marks a real round published with a valid snapshot of nothing checked: for tests that need only "this round
 * has a standing publication" (every snapshot in the database must parse, whoever reads it later).
 */
export async function insertPublicationOfRound(client: FactoryClient, options: { roundId: string; publishedById: string; title?: string }) {
  const round = await client.inspectionRound.findUniqueOrThrow({ where: { id: options.roundId }, include: { city: true } });
  const period = { start: formatBusinessDate(round.periodStart), end: formatBusinessDate(round.periodEnd) };
  const snapshot = buildRoundSnapshot({
    city: { id: round.city.id, name: round.city.name, slug: round.city.slug },
    round: { id: round.id, name: round.name, kind: round.kind },
    input: { criteria: [], checks: [], findings: [], tasks: [], period },
  });
  return insertRoundPublication(client, { cityId: round.cityId, snapshot, publishedById: options.publishedById, roundId: round.id, title: options.title });
}

/** A small round of two departments: 城管局 loses points on 1.1 at one site, 住建局 on 2.1 (a desk check). */
export function sampleInput(period: { start: string; end: string }, names = { a: "市城管局", b: "市住建局" }, passes = { a: 1, b: 0 }): RoundInput {
  return {
    criteria: [
      { code: "1.1", points: 10, rubric: { kind: "PROPORTION" } },
      { code: "1.2", points: 5, rubric: { kind: "DEDUCT", perFinding: 1 } },
      { code: "2.1", points: 4, rubric: { kind: "PASS_FAIL" }, veto: true },
    ],
    checks: [
      { criterion: "1.1", departments: [names.a], outcome: { pass: passes.a > 0 } },
      { criterion: "1.1", departments: [names.a], outcome: { pass: false } },
      { criterion: "1.2", departments: [names.a, names.b], outcome: { findings: 1 } },
      { criterion: "2.1", departments: [names.b], outcome: { pass: passes.b > 0 } },
    ],
    findings: [
      { department: names.a, due: period.end, verifiedAt: period.end },
      { department: names.b, due: period.start, verifiedAt: null },
    ],
    tasks: [{ department: names.a, completed: true, lastEntryDate: null }],
    period,
  };
}

export const SAMPLE_SITES: RoundSnapshot["checkSites"] = [
  { name: "人民广场", code: "GC-001" },
  { name: "中山路农贸市场", code: "NM-002" },
  { name: "和平小区", code: null },
  null,
];
