import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { getRoundScoreInput, getRoundScores, scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import * as scoresRoute from "@/app/api/v1/rounds/[roundId]/scores/route";
import * as inputRoute from "@/app/api/v1/rounds/[roundId]/scores/input/route";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createFinding, createRound } from "@/tests/factories/inspection";
import { createSite } from "@/tests/factories/site";
import { createUser } from "@/tests/factories/user";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

const SOURCE = {
  edition: "计分测试体系",
  code: "SCORE",
  categories: [
    {
      code: "S1",
      name: "公共环境",
      contents: [
        {
          code: "S1-1",
          name: "市容",
          criteria: [
            { code: "S1-1-1", name: "乱贴乱画", points: 4, method: "FIELD", rubric: { kind: "DEDUCT", perFinding: 0.5, cap: 2 }, lead: "市城管局" },
            { code: "S1-1-2", name: "公益广告完好", points: 3, method: "FIELD", rubric: { kind: "PROPORTION" }, lead: "市住建局" },
            { code: "S1-1-3", name: "校园周边无网吧", points: 2, method: "FIELD", rubric: { kind: "PASS_FAIL" }, lead: "市城管局", veto: true },
            { code: "S1-1-4", name: "年度方案", points: 1, method: "MATERIAL", rubric: { kind: "GRADED" }, lead: "市城管局" },
          ],
        },
      ],
    },
  ],
};

let fixture: Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture() {
  const city = await createCity(db());
  const a = await createDepartment(db(), { cityId: city.id, name: "市城管局" });
  const b = await createDepartment(db(), { cityId: city.id, name: "市住建局" });
  const { edition, criteria: criterionRows } = await createEditionFromTree(db(), { source: SOURCE });
  await createCycle(db(), { cityId: city.id, editionId: edition.id, isCurrent: true, defaultList: { redCount: 1, blackCount: 1 } });
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
  const round = await createRound(db(), { cityId: city.id, editionId: edition.id, createdById: office.user.id });
  const criteria = Object.fromEntries(criterionRows.map((criterion) => [criterion.code, criterion.id]));
  // Field checks are made at a site (one check per criterion and site); the desk criterion once.
  const check = async (criterion: string, departmentIds: string[], outcome: object) => {
    const siteId = criterion === "S1-1-4" ? null : (await createSite(db(), { cityId: city.id, responsibleDepartmentId: departmentIds[0] })).id;
    return createCheck(db(), { round, criterionId: criteria[criterion], inspectorId: office.user.id, departmentIds, siteId, ...outcome });
  };
  await check("S1-1-1", [a.id], { findingCount: 1 });
  await check("S1-1-1", [a.id], { findingCount: 2 });
  await check("S1-1-2", [a.id], { passed: true });
  await check("S1-1-2", [b.id], { passed: false });
  await check("S1-1-2", [b.id], { passed: true });
  const veto = await check("S1-1-3", [a.id], { passed: true });
  // A refused site has no outcome and scores nothing.
  await check("S1-1-2", [b.id], { visitStatus: "REFUSED" });
  await createFinding(db(), { cityId: city.id, departmentId: a.id, due: "2026-03-20", verifiedOn: "2026-03-18" });
  await createFinding(db(), { cityId: city.id, departmentId: b.id, due: "2026-03-25", verifiedOn: null });
  const otherCityAdmin = await createUser(db(), { role: "CITY_ADMIN" });
  const liaison = await createUser(db(), { role: "DEPARTMENT_LIAISON", departmentId: a.id });
  const supervisor = await createUser(db(), { role: "PROVINCE_SUPERVISOR", provinceId: city.provinceId });
  return { city, a, b, round, office, veto, otherCityAdmin, liaison, supervisor };
}

beforeAll(async () => {
  fixture = await buildFixture();
});

describe("a round's scores", () => {
  it("follow the scoring contract from the round's checks, findings and cycle settings", async () => {
    const scores = await getRoundScores(fixture.office.actor, fixture.round.id);
    // S1-1-1: n = 1 + 2 = 3 findings, 0.5·3 = 1.5 ≤ cap 2 → E = 4 − 1.5 = 2.5
    // S1-1-2: 2 of 3 inspected checks passed (the refused visit does not count) → E = 3·2/3 = 2
    // S1-1-3: passed → E = 2; S1-1-4: no check → not assessed
    // city = 100·(2.5 + 2 + 2)/(4 + 3 + 2) = 72.2222…
    expect(scores.cityScore).toBe("72.2222");
    expect(scores.vetoed).toBe(false);
    expect(scores.criteria).toEqual([
      { code: "S1-1-1", assessed: true, earned: "2.5000", possible: "4.0000" },
      { code: "S1-1-2", assessed: true, earned: "2.0000", possible: "3.0000" },
      { code: "S1-1-3", assessed: true, earned: "2.0000", possible: "2.0000" },
      { code: "S1-1-4", assessed: false, earned: null, possible: null },
    ]);
    // 市城管局: (2.5 + 3 + 2)/9 = 83.3333; rectification 1/1 = 100; no tasks →
    //   composite (0.7·250/3 + 0.2·100)/0.9 = 87.0370…
    // 市住建局: S1-1-2 1 of 2 → 50; its finding is overdue and open → 0; composite 0.7·50/0.9 = 38.8888…
    expect(scores.departments).toEqual([
      { name: "市城管局", inspectionScore: "83.3333", rectificationRate: "100.0000", ledgerCompleteness: null, composite: "87.0370", rank: 1, overdueOpen: 0 },
      { name: "市住建局", inspectionScore: "50.0000", rectificationRate: "0.0000", ledgerCompleteness: null, composite: "38.8889", rank: 2, overdueOpen: 1 },
    ]);
    // The cycle sets redCount 1 and blackCount 1.
    expect(scores.redList).toEqual(["市城管局"]);
    expect(scores.blackList).toEqual(["市住建局"]);
  });

  it("give an auditor the input that reproduces them exactly", async () => {
    const input = await getRoundScoreInput(fixture.office.actor, fixture.round.id);
    expect(scoreCalculatorInput(JSON.parse(JSON.stringify(input)))).toEqual(await getRoundScores(fixture.office.actor, fixture.round.id));
  });

  it("are stored when computed, and a recomputation gives the same numbers", async () => {
    const first = await computeRoundScore(fixture.office.actor, { roundId: fixture.round.id });
    const second = await computeRoundScore(fixture.office.actor, { roundId: fixture.round.id });
    expect(second.inputHash).toBe(first.inputHash);
    expect(second.result).toEqual(first.result);
    const stored = await db().roundScore.findUniqueOrThrow({ where: { roundId: fixture.round.id } });
    expect(stored.result).toEqual(first.result);
    expect(await db().auditLog.count({ where: { action: "round-score.compute", entityId: stored.id } })).toBe(2);
  });

  it("flag the city vetoed when a veto criterion earns 0, and store the new numbers", async () => {
    const before = await computeRoundScore(fixture.office.actor, { roundId: fixture.round.id });
    await db().check.update({ where: { id: fixture.veto.id }, data: { passed: false } });
    const after = await computeRoundScore(fixture.office.actor, { roundId: fixture.round.id });
    expect(after.result.vetoed).toBe(true);
    // (2.5 + 2 + 0)/9 = 50
    expect(after.result.cityScore).toBe("50.0000");
    expect(after.inputHash).not.toBe(before.inputHash);
    await db().check.update({ where: { id: fixture.veto.id }, data: { passed: true } });
  });

  it("are scoped: not found for another city; a supervisor (published results only: no draft scores exist for it, 404) and a liaison (403) may not", async () => {
    await expect(getRoundScores(fixture.supervisor.actor, fixture.round.id)).rejects.toMatchObject({ status: 404 });
    await expect(getRoundScoreInput(fixture.supervisor.actor, fixture.round.id)).rejects.toMatchObject({ status: 404 });
    await expect(getRoundScores(fixture.otherCityAdmin.actor, fixture.round.id)).rejects.toMatchObject({ status: 404 });
    await expect(getRoundScores(fixture.liaison.actor, fixture.round.id)).rejects.toMatchObject({ status: 403 });
    await expect(computeRoundScore(fixture.otherCityAdmin.actor, { roundId: fixture.round.id })).rejects.toMatchObject({ status: 404 });
  });
});

describe("GET /api/v1/rounds/{roundId}/scores and /scores/input", () => {
  it("answer the engine's breakdown and its input as JSON", async () => {
    const { token } = await createApiToken(fixture.office.actor, { name: "审计", role: "CITY_ADMIN", expiresInDays: 1 });
    const params = { params: Promise.resolve({ roundId: fixture.round.id }) };
    const request = (path: string) => new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
    const scores = await scoresRoute.GET(request(`/api/v1/rounds/${fixture.round.id}/scores`), params);
    expect(scores.status).toBe(200);
    expect((await scores.json()).cityScore).toBe("72.2222");
    const input = await inputRoute.GET(request(`/api/v1/rounds/${fixture.round.id}/scores/input`), params);
    expect((await input.json()).period).toEqual({ start: "2026-03-01", end: "2026-03-31" });
    const missing = await scoresRoute.GET(request("/api/v1/rounds/nope/scores"), { params: Promise.resolve({ roundId: "nope" }) });
    expect(missing.status).toBe(404);
  });
});

describe("an edition with checks against it", () => {
  it("is locked by the database on the first check", async () => {
    const { edition, criteria } = await createEditionFromTree(db(), { source: { ...SOURCE, code: "LOCK" } });
    expect(edition.isLocked).toBe(false);
    const round = await createRound(db(), { cityId: fixture.city.id, editionId: edition.id, createdById: fixture.office.user.id });
    expect((await db().indicatorEdition.findUniqueOrThrow({ where: { id: edition.id } })).isLocked).toBe(false);
    await createCheck(db(), { round, criterionId: criteria[0].id, inspectorId: fixture.office.user.id, departmentIds: [fixture.a.id], findingCount: 0 });
    expect((await db().indicatorEdition.findUniqueOrThrow({ where: { id: edition.id } })).isLocked).toBe(true);
  });
});
