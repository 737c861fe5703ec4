import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { RoundSnapshot } from "@/lib/domain/publications/snapshot-schema";
import { AppError } from "@/lib/errors";
import { compareCriterion } from "@/lib/server/console/compare-criterion";
import { getCityConsole } from "@/lib/server/console/get-city-console";
import { getDepartmentDrilldown } from "@/lib/server/console/get-department-drilldown";
import { getProvinceOverview } from "@/lib/server/console/get-province-overview";
import { getPublicationView } from "@/lib/server/console/get-publication-view";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { SAMPLE_SITES, buildRoundSnapshot, insertRoundPublication, sampleInput } from "@/tests/support/publication-snapshots";

// Two cities of one province with round publications (one superseded by a correction) and a city of
// another province that must never appear. The console reads publications only.
let s: CityScenario;
let away: CityScenario;
const ids: Record<string, string> = {};

const weekOf = (end: string) => ({ start: `${end.slice(0, 8)}01`, end });
const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof AppError) return error.status;
    throw error;
  }
};

beforeAll(async () => {
  const client = db();
  s = await createCityScenario(client);
  away = await createCityScenario(client);
  const by = s.actors.systemAdmin.id;
  const names = { a: s.departmentA1.name, b: s.departmentA2.name };
  const cityA = { id: s.cityA.id, name: s.cityA.name, slug: s.cityA.slug };
  const first = buildRoundSnapshot({ city: cityA, round: { name: "第1轮" }, input: sampleInput(weekOf("2026-10-31"), names, { a: 1, b: 1 }) });
  ids.first = (await insertRoundPublication(client, { cityId: s.cityA.id, snapshot: first, publishedById: by })).id;
  const wrong = buildRoundSnapshot({
    city: cityA,
    round: { name: "第2轮" },
    input: sampleInput(weekOf("2026-11-30"), names, { a: 0, b: 1 }),
    previous: [{ id: ids.first, supersedes: null, snapshot: first }],
  });
  ids.wrong = (await insertRoundPublication(client, { cityId: s.cityA.id, snapshot: wrong, publishedById: by })).id;
  const corrected: RoundSnapshot = {
    ...buildRoundSnapshot({
      city: cityA,
      round: { name: "第2轮" },
      input: sampleInput(weekOf("2026-11-30"), names, { a: 1, b: 0 }),
      checkSites: SAMPLE_SITES,
      rectification: { due: 5, rectifiedOnTime: 4, overdue: 2 },
      planProgress: {
        plan: "2026年度计划",
        actions: [
          { name: "甲", completed: 1, total: 4 },
          { name: "乙", completed: 2, total: 4 },
        ],
      },
      previous: [{ id: ids.first, supersedes: null, snapshot: first }],
    }),
  };
  ids.correction = (
    await insertRoundPublication(client, { cityId: s.cityA.id, snapshot: corrected, publishedById: by, supersedesId: ids.wrong, reason: "核查记录录入有误" })
  ).id;
  const cityB = { id: s.cityB.id, name: s.cityB.name, slug: s.cityB.slug };
  const bNames = { a: s.departmentB1.name, b: s.departmentB2.name };
  ids.cityB = (
    await insertRoundPublication(client, {
      cityId: s.cityB.id,
      snapshot: buildRoundSnapshot({ city: cityB, input: sampleInput(weekOf("2026-11-30"), bNames, { a: 0, b: 1 }) }),
      publishedById: by,
    })
  ).id;
  const awayCity = { id: away.cityA.id, name: away.cityA.name, slug: away.cityA.slug };
  ids.away = (
    await insertRoundPublication(client, {
      cityId: away.cityA.id,
      snapshot: buildRoundSnapshot({ city: awayCity, input: sampleInput(weekOf("2026-11-30"), { a: away.departmentA1.name, b: away.departmentA2.name }) }),
      publishedById: by,
    })
  ).id;
});

describe("the province view", () => {
  it("shows the province's nominated cities from their publications in force only", async () => {
    const cities = await getProvinceOverview(s.actors.supervisor, "2026-12-03");
    expect(cities.map((city) => city.id).sort()).toEqual([s.cityA.id, s.cityB.id].sort());
    const a = cities.find((city) => city.id === s.cityA.id)!;
    // 1.1 PROPORTION 2 checks (1 pass) 5/10, 1.2 DEDUCT one finding 4/5, 2.1 PASS_FAIL fail 0/4 (veto): 9/19.
    expect(a.latest).toMatchObject({ publicationId: ids.correction, cityScore: "47.37", vetoed: true });
    expect(a.trend.map((point) => point.publicationId)).toEqual([ids.first, ids.correction]);
    expect(a.vetoedThisYear).toBe(1);
    expect(a.rectification).toEqual({ due: 5, rectifiedOnTime: 4, rate: "80.00" });
    expect(a.overdue).toBe(2);
    expect(a.cycleProgress).toEqual({ completed: 3, total: 8, rate: "37.50" });
  });

  it("leaves out a city that is not nominated, and is all of them for the system admin", async () => {
    await db().city.update({ where: { id: s.cityB.id }, data: { isNominated: false } });
    try {
      expect((await getProvinceOverview(s.actors.supervisor)).map((city) => city.id)).toEqual([s.cityA.id]);
    } finally {
      await db().city.update({ where: { id: s.cityB.id }, data: { isNominated: true } });
    }
    const all = (await getProvinceOverview(s.actors.systemAdmin)).map((city) => city.id);
    expect(all).toEqual(expect.arrayContaining([s.cityA.id, s.cityB.id, away.cityA.id]));
  });

  it("refuses every reader of one city's publications (403)", async () => {
    for (const actor of [s.actors.cityAdminA, s.actors.inspectorA, s.actors.liaisonA1]) {
      expect(await status(getProvinceOverview(actor))).toBe(403);
      expect(await status(getCityConsole(actor, s.cityA.slug))).toBe(403);
      expect(await status(compareCriterion(actor, "1.1"))).toBe(403);
    }
  });
});

describe("a city's drill-down", () => {
  it("lists every publication newest first, the superseded one linked to its correction", async () => {
    const city = await getCityConsole(s.actors.supervisor, s.cityA.slug);
    expect(city.publications.map((publication) => publication.id)).toEqual([ids.correction, ids.wrong, ids.first]);
    expect(city.publications[1].supersededBy).toMatchObject({ id: ids.correction, reason: "核查记录录入有误" });
    expect(city.latest?.publicationId).toBe(ids.correction);
    expect(city.latest?.departments.map((row) => [row.name, row.rank])).toEqual([
      [s.departmentA1.name, 1],
      [s.departmentA2.name, 2],
    ]);
    expect(city.latest?.lists[0].ranking.map((entry) => entry.movement)).toEqual([{ kind: "SAME" }, { kind: "SAME" }]);
  });

  it("is not found for a city of another province", async () => {
    expect(await status(getCityConsole(s.actors.supervisor, away.cityA.slug))).toBe(404);
  });
});

describe("a publication", () => {
  it("is read by its province's supervisor and its city's office, never beyond", async () => {
    expect((await getPublicationView(s.actors.supervisor, ids.correction)).supersedes).toMatchObject({ id: ids.wrong });
    expect((await getPublicationView(s.actors.cityAdminA, ids.wrong)).supersededBy).toMatchObject({ id: ids.correction });
    expect(await status(getPublicationView(s.actors.supervisor, ids.away))).toBe(404);
    expect(await status(getPublicationView(s.actors.cityAdminA, ids.cityB))).toBe(404);
  });

  it("shows a liaison only its own department's rows", async () => {
    const view = await getPublicationView(s.actors.liaisonA1, ids.correction);
    expect(view.departments.map((row) => row.name)).toEqual([s.departmentA1.name]);
    expect(view.lists.flatMap((list) => list.ranking.map((entry) => entry.department))).toEqual([s.departmentA1.name]);
    expect(view.viewerDepartment).toBe(s.departmentA1.name);
  });

  it("adds up the points lost by category (codes the edition does not name are gathered)", async () => {
    const view = await getPublicationView(s.actors.supervisor, ids.correction);
    expect(view.losses).toEqual([{ category: null, lost: "10.00", value: 10 }]);
  });
});

describe("a department's checks", () => {
  it("writes out each criterion's E_D / P_D and its checks with their sites, the engine's figures beside", async () => {
    const drill = await getDepartmentDrilldown(s.actors.supervisor, ids.correction, s.departmentA1.name);
    expect(
      drill.inspection.criteria.map(({ code, earned, possible, checks }) => [code, earned, possible, checks.map((check) => check.site?.name ?? null)]),
    ).toEqual([
      ["1.1", "5.00", "10.00", ["人民广场", "中山路农贸市场"]],
      ["1.2", "4.00", "5.00", ["和平小区"]],
    ]);
    expect([drill.inspection.earned, drill.inspection.possible, drill.row.inspectionScore]).toEqual(["9.00", "15.00", "60.00"]);
    expect(drill.rectification).toEqual({ findings: [{ due: "2026-11-30", verifiedAt: "2026-11-30", isOnTime: true }], onTime: 1 });
    expect(drill.row.rectificationRate).toBe("100.00");
    expect(drill.ledger).toMatchObject({ kept: 1, windowStart: "2026-10-31" });
  });

  it("is the liaison's own department only, and not found beyond the actor's scope", async () => {
    expect(await status(getDepartmentDrilldown(s.actors.liaisonA1, ids.correction, s.departmentA1.name))).toBe(200);
    expect(await status(getDepartmentDrilldown(s.actors.liaisonA1, ids.correction, s.departmentA2.name))).toBe(404);
    expect(await status(getDepartmentDrilldown(s.actors.supervisor, ids.away, away.departmentA1.name))).toBe(404);
    expect(await status(getDepartmentDrilldown(s.actors.supervisor, ids.correction, "不存在的部门"))).toBe(404);
  });
});

describe("one criterion across cities", () => {
  it("compares the latest publications in force, best first", async () => {
    const comparison = await compareCriterion(s.actors.supervisor, "2.1");
    expect(comparison.codes).toEqual(["1.1", "1.2", "2.1"]);
    expect(comparison.rows.map((row) => [row.city.name, row.earned, row.possible, row.percent])).toEqual([
      [s.cityB.name, "4.00", "4.00", "100.00"],
      [s.cityA.name, "0.00", "4.00", "0.00"],
    ]);
    expect((await compareCriterion(s.actors.supervisor, "9.9")).rows.every((row) => row.percent === null)).toBe(true);
  });
});

describe("names from the round's edition", () => {
  it("names each criterion and adds up the points lost by the edition's categories", async () => {
    const criterion = (code: string, name: string) => ({
      code,
      name,
      points: 5,
      method: "MATERIAL" as const,
      rubric: { kind: "PASS_FAIL" as const },
      lead: "市文明办",
    });
    const { edition, criteria } = await createEditionFromTree(db(), {
      source: {
        edition: "两类测评体系",
        code: "TWO",
        categories: [
          { code: "K1", name: "公共环境", contents: [{ code: "K1-1", name: "道路", criteria: [criterion("K1-1-1", "道路整洁")] }] },
          { code: "K2", name: "公共秩序", contents: [{ code: "K2-1", name: "交通", criteria: [criterion("K2-1-1", "文明交通")] }] },
        ],
      },
    });
    const round = await createRound(db(), { cityId: s.cityB.id, editionId: edition.id, createdById: s.actors.systemAdmin.id });
    const [first, second] = criteria;
    const department = s.departmentB1.name;
    const input = {
      criteria: [
        { code: first.code, points: 10, rubric: { kind: "PROPORTION" as const } },
        { code: second.code, points: 4, rubric: { kind: "PASS_FAIL" as const } },
      ],
      checks: [
        { criterion: first.code, departments: [department], outcome: { pass: false } },
        { criterion: first.code, departments: [department], outcome: { pass: true } },
        { criterion: second.code, departments: [department], outcome: { pass: false } },
      ],
      findings: [],
      tasks: [],
      period: { start: "2026-11-01", end: "2026-11-15" },
    };
    const snapshot = buildRoundSnapshot({ city: { id: s.cityB.id, name: s.cityB.name, slug: s.cityB.slug }, round: { id: round.id }, input });
    const publication = await insertRoundPublication(db(), { cityId: s.cityB.id, roundId: round.id, snapshot, publishedById: s.actors.systemAdmin.id });

    const view = await getPublicationView(s.actors.supervisor, publication.id);
    expect(view.losses).toEqual([
      { category: "公共环境", lost: "5.00", value: 5 },
      { category: "公共秩序", lost: "4.00", value: 4 },
    ]);
    const drill = await getDepartmentDrilldown(s.actors.supervisor, publication.id, department);
    expect(drill.inspection.criteria.map((criterion) => [criterion.code, criterion.name])).toEqual([
      ["K1-1-1", "道路整洁"],
      ["K2-1-1", "文明交通"],
    ]);
    expect(drill.inspection.criteria[0].checks.every((check) => check.site === null)).toBe(true);
  });
});
