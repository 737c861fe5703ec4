import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseBusinessDate } from "@/lib/domain/dates";
import { SNAPSHOT_SCHEMA_VERSION, type RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { buildPeriodSnapshot } from "@/lib/server/publications/period-snapshot";
import { buildProvinceSnapshot } from "@/lib/server/publications/province-snapshot";
import type { Tx } from "@/lib/server/tx";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { createProvince } from "@/tests/factories/province";
import { createUser } from "@/tests/factories/user";

// Period and province publications read the cities' round publications only. The round snapshots here are
// written directly (as publishing would have frozen them), so every number below is known by hand.

type Listing = { name: string; composite: string | null; inspectionScore?: string | null; overdueOpen?: number };
type Published = { publicationId: string; roundId: string };

let editionId: string;
let publisherId: string;
const issues = new Map<string, number>();

beforeAll(async () => {
  editionId = (await createEditionFromTree(db())).edition.id;
  publisherId = (await createUser(db(), { role: "SYSTEM_ADMIN" })).user.id;
});

async function cityWithDepartments(provinceId?: string, overrides: { isNominated?: boolean } = {}) {
  const city = await createCity(db(), { ...(provinceId ? { provinceId } : {}), ...overrides });
  await createDepartment(db(), { cityId: city.id, name: "市城管局" });
  await createDepartment(db(), { cityId: city.id, name: "东街道", kind: "STREET_OFFICE" });
  const cycle = await createCycle(db(), { cityId: city.id, editionId, startYear: 2024, isCurrent: true, defaultList: { redCount: 1, blackCount: 1 } });
  return { city, cycle };
}

function nextIssue(key: string): number {
  const next = (issues.get(key) ?? 0) + 1;
  issues.set(key, next);
  return next;
}

/** A closed round of the city and its publication, as publishing would freeze it; `supersedes` makes it a correction. */
async function publishRound(
  city: { id: string; name: string; slug: string },
  periodEnd: string,
  result: { cityScore: string | null; vetoed?: boolean; departments?: Listing[] },
  supersedes?: Published,
): Promise<Published> {
  const roundId =
    supersedes?.roundId ??
    (await createRound(db(), { cityId: city.id, editionId, createdById: publisherId, status: "CLOSED", periodStart: `${periodEnd.slice(0, 8)}01`, periodEnd }))
      .id;
  const round = await db().inspectionRound.findUniqueOrThrow({ where: { id: roundId } });
  const departments = result.departments ?? [];
  const snapshot: RoundSnapshot = {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    kind: "ROUND",
    city: { id: city.id, name: city.name, slug: city.slug },
    round: { id: round.id, name: round.name, kind: round.kind, periodStart: `${periodEnd.slice(0, 8)}01`, periodEnd, closedAt: null },
    computedAt: new Date().toISOString(),
    input: { criteria: [], checks: [], findings: [], tasks: [], period: { start: `${periodEnd.slice(0, 8)}01`, end: periodEnd } },
    inputHash: "test",
    result: {
      cityScore: result.cityScore,
      vetoed: result.vetoed ?? false,
      criteria: [],
      departments: departments.map((entry) => ({
        name: entry.name,
        inspectionScore: entry.inspectionScore ?? entry.composite,
        rectificationRate: null,
        ledgerCompleteness: null,
        composite: entry.composite,
        rank: null,
        overdueOpen: entry.overdueOpen ?? 0,
      })),
      redList: [],
      blackList: [],
    },
    departments: [
      { name: "市城管局", kind: "BUREAU" },
      { name: "东街道", kind: "STREET_OFFICE" },
    ],
    lists: [],
    planProgress: { plan: null, actions: [] },
    rectification: { due: 0, rectifiedOnTime: 0, overdue: 0 },
  };
  const publication = await db().publication.create({
    data: {
      scope: "CITY",
      kind: "ROUND",
      cityId: city.id,
      roundId,
      periodStart: parseBusinessDate(snapshot.round.periodStart),
      periodEnd: parseBusinessDate(periodEnd),
      title: `${city.name}通报`,
      issueYear: 2026,
      issueNumber: nextIssue(city.id),
      schemaVersion: SNAPSHOT_SCHEMA_VERSION,
      snapshot: JSON.parse(JSON.stringify(snapshot)),
      publishedById: publisherId,
      supersedesId: supersedes?.publicationId ?? null,
      reason: supersedes ? "更正" : null,
    },
  });
  return { publicationId: publication.id, roundId };
}

const inTx = <T>(fn: (tx: Tx) => Promise<T>) => db().$transaction(async (tx) => fn(tx as Tx));
const march = { kind: "MONTH" as const, periodStart: "2026-03-01", periodEnd: "2026-03-31" };

describe("a city's period snapshot", () => {
  it("averages the published rounds of the period only: an unpublished round never counts, a superseded one only through its correction", async () => {
    const { city, cycle } = await cityWithDepartments();
    await publishRound(city, "2026-03-08", {
      cityScore: "80.0000",
      departments: [
        { name: "市城管局", composite: "90.0000" },
        { name: "东街道", composite: "70.0000", overdueOpen: 2 },
      ],
    });
    await publishRound(city, "2026-03-15", {
      cityScore: "90.0000",
      vetoed: true,
      departments: [
        { name: "市城管局", composite: "80.0000" },
        { name: "东街道", composite: "84.0000" },
      ],
    });
    const wrong = await publishRound(city, "2026-03-22", { cityScore: "10.0000", departments: [{ name: "市城管局", composite: "10.0000" }] });
    const corrected = await publishRound(city, "2026-03-22", { cityScore: "70.0000", departments: [{ name: "市城管局", composite: "70.0000" }] }, wrong);
    // Closed but never published: its (live) figures are no business of a publication.
    await createRound(db(), { cityId: city.id, editionId, createdById: publisherId, status: "CLOSED", periodStart: "2026-03-23", periodEnd: "2026-03-29" });
    await publishRound(city, "2026-04-05", { cityScore: "0.0000" }); // ends in April

    const snapshot = await inTx((tx) => buildPeriodSnapshot(tx, city.id, march));
    expect(snapshot.rounds.map((round) => [round.periodEnd, round.cityScore, round.vetoed])).toEqual([
      ["2026-03-08", "80.0000", false],
      ["2026-03-15", "90.0000", true],
      ["2026-03-22", "70.0000", false],
    ]);
    expect(snapshot.rounds[2].publicationId).toBe(corrected.publicationId);
    expect(snapshot.result.cityScore).toBe("80.0000"); // (80 + 90 + 70) / 3
    expect(snapshot.result.vetoedRounds).toBe(1);
    expect(snapshot.result.departments).toEqual([
      {
        name: "市城管局",
        kind: "BUREAU",
        inspectionScore: "80.0000",
        rectificationRate: null,
        ledgerCompleteness: null,
        composite: "80.0000",
        rank: 1,
        overdueOpen: 0,
        rounds: 3,
      },
      {
        name: "东街道",
        kind: "STREET_OFFICE",
        inspectionScore: "77.0000",
        rectificationRate: null,
        ledgerCompleteness: null,
        composite: "77.0000",
        rank: 2,
        overdueOpen: 0,
        rounds: 2,
      },
    ]);
    // The cycle's default list (red 1, black 1) over the period's figures; no earlier MONTH publication: all new.
    const [list] = snapshot.lists;
    expect(list).toMatchObject({
      id: cycle.rankingLists[0].id,
      isDefault: true,
      redList: ["市城管局"],
      blackList: [{ department: "东街道", level: 1, step: "REMINDER_LETTER" }],
    });
    expect(list.ranking.map((entry) => entry.movement)).toEqual([{ kind: "NEW" }, { kind: "NEW" }]);
    expect(snapshot.city).toEqual({ id: city.id, name: city.name, slug: city.slug });
  });

  it("refuses dates that do not fit the kind (422 on periodStart/periodEnd) and a period without a published round (NO_PUBLISHED_ROUNDS)", async () => {
    const { city } = await cityWithDepartments();
    await publishRound(city, "2026-03-08", { cityScore: "80.0000" });
    await expect(inTx((tx) => buildPeriodSnapshot(tx, city.id, { ...march, periodEnd: "2026-03-30" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { periodEnd: [expect.stringContaining("自然月")] },
    });
    await expect(inTx((tx) => buildPeriodSnapshot(tx, city.id, { kind: "QUARTER", periodStart: "2026-02-01", periodEnd: "2026-04-30" }))).rejects.toMatchObject(
      { status: 422 },
    );
    await expect(inTx((tx) => buildPeriodSnapshot(tx, city.id, { kind: "CYCLE", periodStart: "2025-01-01", periodEnd: "2027-12-31" }))).rejects.toMatchObject({
      status: 422,
      fieldErrors: { periodStart: [expect.stringContaining("创建周期")] },
    });
    await expect(inTx((tx) => buildPeriodSnapshot(tx, city.id, { kind: "MONTH", periodStart: "2026-04-01", periodEnd: "2026-04-30" }))).rejects.toMatchObject({
      status: 422,
      code: "NO_PUBLISHED_ROUNDS",
      message: "该期间没有已发布的轮次。",
    });
  });

  it("weights a cycle's years with the cycle's year weights", async () => {
    const { city } = await cityWithDepartments();
    await publishRound(city, "2024-06-30", { cityScore: "60.0000" });
    await publishRound(city, "2026-03-31", { cityScore: "80.0000" });
    await publishRound(city, "2026-09-30", { cityScore: "100.0000" });
    const snapshot = await inTx((tx) => buildPeriodSnapshot(tx, city.id, { kind: "CYCLE", periodStart: "2024-01-01", periodEnd: "2026-12-31" }));
    expect(snapshot.result.cityScore).toBe("84.0000"); // (60·0.15 + 90·0.60) / 0.75
    const year = await inTx((tx) => buildPeriodSnapshot(tx, city.id, { kind: "YEAR", periodStart: "2026-01-01", periodEnd: "2026-12-31" }));
    expect(year.result.cityScore).toBe("90.0000");
  });
});

describe("a province snapshot", () => {
  it("ranks the province's nominated cities by their published scores only (ties: fewer vetoed rounds), never another province's", async () => {
    const province = await createProvince(db());
    const a = await cityWithDepartments(province.id);
    const b = await cityWithDepartments(province.id);
    const c = await cityWithDepartments(province.id);
    const unpublished = await cityWithDepartments(province.id);
    const notNominated = await cityWithDepartments(province.id, { isNominated: false });
    const elsewhere = await cityWithDepartments();
    await publishRound(a.city, "2026-03-10", { cityScore: "88.0000", vetoed: true });
    await publishRound(a.city, "2026-03-20", { cityScore: "90.0000" }); // mean 89, one vetoed round
    await publishRound(b.city, "2026-03-12", { cityScore: "89.0000" }); // 89, none vetoed: ahead of a
    const wrong = await publishRound(c.city, "2026-03-12", { cityScore: "99.0000" });
    await publishRound(c.city, "2026-03-12", { cityScore: "70.0000" }, wrong); // c counts its correction only
    await publishRound(notNominated.city, "2026-03-12", { cityScore: "100.0000" });
    await publishRound(elsewhere.city, "2026-03-12", { cityScore: "100.0000" });
    await createRound(db(), { cityId: unpublished.city.id, editionId, createdById: publisherId, status: "CLOSED" });

    const snapshot = await inTx((tx) => buildProvinceSnapshot(tx, province.id, { kind: "ROUND", periodStart: "2026-03-01", periodEnd: "2026-03-31" }));
    expect(snapshot.province).toEqual({ id: province.id, name: province.name, code: province.code });
    expect(snapshot.cities.map((entry) => [entry.city.id, entry.cityScore, entry.vetoedRounds, entry.rank])).toEqual([
      [b.city.id, "89.0000", 0, 1],
      [a.city.id, "89.0000", 1, 2],
      [c.city.id, "70.0000", 0, 3],
      [unpublished.city.id, null, 0, null],
    ]);
    expect(snapshot.cities.find((entry) => entry.city.id === a.city.id)?.publicationIds).toHaveLength(2);
  });

  it("reads a city's own period publication when it has one, and moves against the province's previous publication", async () => {
    const province = await createProvince(db());
    const a = await cityWithDepartments(province.id);
    const b = await cityWithDepartments(province.id);
    await publishRound(a.city, "2026-03-10", { cityScore: "80.0000" });
    await publishRound(b.city, "2026-03-10", { cityScore: "90.0000" });
    const first = await inTx((tx) => buildProvinceSnapshot(tx, province.id, march));
    expect(first.cities.map((entry) => [entry.city.id, entry.rank, entry.movement])).toEqual([
      [b.city.id, 1, { kind: "NEW" }],
      [a.city.id, 2, { kind: "NEW" }],
    ]);
    await db().publication.create({
      data: {
        scope: "PROVINCE",
        kind: "MONTH",
        provinceId: province.id,
        periodStart: parseBusinessDate("2026-03-01"),
        periodEnd: parseBusinessDate("2026-03-31"),
        title: "省通报",
        issueYear: 2026,
        issueNumber: 1,
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        snapshot: first,
        publishedById: publisherId,
      },
    });
    // City a publishes its own March figure (its MONTH publication), which the province reads instead of its rounds.
    const monthly = await inTx((tx) => buildPeriodSnapshot(tx, a.city.id, march));
    const own = await db().publication.create({
      data: {
        scope: "CITY",
        kind: "MONTH",
        cityId: a.city.id,
        periodStart: parseBusinessDate("2026-03-01"),
        periodEnd: parseBusinessDate("2026-03-31"),
        title: "月度通报",
        issueYear: 2026,
        issueNumber: nextIssue(a.city.id),
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        snapshot: { ...monthly, result: { ...monthly.result, cityScore: "95.0000" } },
        publishedById: publisherId,
      },
    });
    const second = await inTx((tx) => buildProvinceSnapshot(tx, province.id, march));
    expect(second.cities.map((entry) => [entry.city.id, entry.cityScore, entry.rank, entry.movement, entry.publicationIds])).toEqual([
      [a.city.id, "95.0000", 1, { kind: "UP", by: 1 }, [own.id]],
      [b.city.id, "90.0000", 2, { kind: "DOWN", by: 1 }, expect.any(Array)],
    ]);
  });
});
