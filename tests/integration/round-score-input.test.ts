import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { getRoundScoreInput, getRoundScores } from "@/lib/server/scoring/get-round-scores";
import * as scoresRoute from "@/app/api/v1/rounds/[roundId]/scores/route";
import * as inputRoute from "@/app/api/v1/rounds/[roundId]/scores/input/route";
import { createCity } from "@/tests/factories/city";
import { createCycle } from "@/tests/factories/cycle";
import { createDepartment } from "@/tests/factories/department";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createCheck, createFinding, createRound } from "@/tests/factories/inspection";
import { createUser } from "@/tests/factories/user";

vi.mock("@/lib/auth/current-actor", () => ({ getSessionActor: async () => null }));

const SOURCE = {
  edition: "评分输入测试体系",
  code: "INPUT",
  categories: [
    {
      code: "I1",
      name: "公共环境",
      contents: [
        {
          code: "I1-1",
          name: "市容",
          criteria: [
            { code: "I1-1-1", name: "乱贴乱画", points: 4, method: "FIELD", rubric: { kind: "DEDUCT", perFinding: 1 }, lead: "市城管局" },
            { code: "I1-1-2", name: "公益广告完好", points: 2, method: "FIELD", rubric: { kind: "PASS_FAIL" }, lead: "市城管局" },
          ],
        },
      ],
    },
  ],
};

let f: Awaited<ReturnType<typeof buildFixture>>;

async function buildFixture() {
  const city = await createCity(db());
  const dept = await createDepartment(db(), { cityId: city.id, name: "市城管局" });
  const { edition, criteria } = await createEditionFromTree(db(), { source: SOURCE });
  const [deduct, passFail] = criteria;
  // The cycle of 2023–2025 weighs inspection alone and lists nobody red; the current one (2026–2028) keeps the defaults.
  await createCycle(db(), {
    cityId: city.id,
    editionId: edition.id,
    startYear: 2023,
    inspectionWeight: "1",
    rectificationWeight: "0",
    ledgerWeight: "0",
    defaultList: { redCount: 0, blackCount: 0, blackThreshold: "60" },
  });
  await createCycle(db(), { cityId: city.id, editionId: edition.id, startYear: 2026, isCurrent: true, defaultList: { redCount: 2, blackCount: 1 } });
  const office = await createUser(db(), { role: "CITY_ADMIN", cityId: city.id });
  const newRound = (periodStart: string, periodEnd: string) =>
    createRound(db(), { cityId: city.id, editionId: edition.id, createdById: office.user.id, periodStart, periodEnd });
  return { city, dept, deduct, passFail, office, newRound };
}

beforeAll(async () => {
  f = await buildFixture();
});

describe("a round's own cycle", () => {
  it("gives a round of 2025 the 2025 cycle's weights and lists, though 2026's cycle is current", async () => {
    const round = await f.newRound("2025-11-01", "2025-11-30");
    const input = await getRoundScoreInput(f.office.actor, round.id);
    expect(input.weights).toEqual({ inspection: "1", rectification: "0", ledger: "0" });
    expect(input.lists).toEqual({ redCount: 0, blackCount: 0, blackThreshold: "60" });
  });

  it("gives a round ending in the new cycle's first year the current cycle's settings", async () => {
    const round = await f.newRound("2025-12-20", "2026-01-10");
    const input = await getRoundScoreInput(f.office.actor, round.id);
    expect(input.weights).toEqual({ inspection: "0.7", rectification: "0.2", ledger: "0.1" });
    expect(input.lists).toEqual({ redCount: 2, blackCount: 1, blackThreshold: "85" });
  });

  it("falls back to the current cycle when no cycle's years contain the period's end", async () => {
    const round = await f.newRound("2030-03-01", "2030-03-31");
    expect((await getRoundScoreInput(f.office.actor, round.id)).lists).toEqual({ redCount: 2, blackCount: 1, blackThreshold: "85" });
  });
});

describe("a check whose outcome does not fit its rubric", () => {
  it("is invalid input naming the check, for the scores, their input and storing them", async () => {
    const round = await f.newRound("2026-05-01", "2026-05-31");
    const check = (criterionId: string, outcome: object) =>
      createCheck(db(), { round, criterionId, inspectorId: f.office.user.id, departmentIds: [f.dept.id], ...outcome });
    await check(f.deduct.id, { findingCount: 1 });
    const graded = await check(f.passFail.id, { grade: "A" });
    const expected = { status: 422, code: "SCORING_INPUT_INVALID", fieldErrors: { [`checks.${graded.id}.outcome`]: [expect.stringContaining("I1-1-2")] } };
    await expect(getRoundScores(f.office.actor, round.id)).rejects.toMatchObject(expected);
    await expect(getRoundScoreInput(f.office.actor, round.id)).rejects.toMatchObject(expected);
    await expect(computeRoundScore(f.office.actor, { roundId: round.id })).rejects.toMatchObject(expected);
    expect(await db().roundScore.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("includes an inspected check with no outcome at all, while a refused visit without one is fine", async () => {
    const round = await f.newRound("2026-06-01", "2026-06-30");
    await createCheck(db(), { round, criterionId: f.passFail.id, inspectorId: f.office.user.id, departmentIds: [f.dept.id], visitStatus: "REFUSED" });
    await expect(getRoundScores(f.office.actor, round.id)).resolves.toMatchObject({ cityScore: null });
    const empty = await createCheck(db(), { round, criterionId: f.deduct.id, inspectorId: f.office.user.id, departmentIds: [f.dept.id] });
    await expect(getRoundScores(f.office.actor, round.id)).rejects.toMatchObject({
      status: 422,
      fieldErrors: { [`checks.${empty.id}.outcome`]: expect.any(Array) },
    });
  });

  it("answers 422 through the API", async () => {
    const round = await f.newRound("2026-07-01", "2026-07-31");
    const bad = await createCheck(db(), { round, criterionId: f.passFail.id, inspectorId: f.office.user.id, departmentIds: [f.dept.id], findingCount: 2 });
    const { token } = await createApiToken(f.office.actor, { name: "审计", role: "CITY_ADMIN", expiresInDays: 1 });
    const params = { params: Promise.resolve({ roundId: round.id }) };
    const request = (path: string) => new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${token}` } });
    for (const response of [
      await scoresRoute.GET(request(`/api/v1/rounds/${round.id}/scores`), params),
      await inputRoute.GET(request(`/api/v1/rounds/${round.id}/scores/input`), params),
    ]) {
      expect(response.status).toBe(422);
      const body = await response.json();
      expect(body.error.code).toBe("SCORING_INPUT_INVALID");
      expect(Object.keys(body.fieldErrors)).toEqual([`checks.${bad.id}.outcome`]);
    }
  });
});

describe("the findings a round's input reads", () => {
  it("are those due in the period and those due before its end not verified by then, never withdrawn ones or another city's", async () => {
    const round = await f.newRound("2026-08-01", "2026-08-31");
    const finding = (due: string, verifiedOn: string | null) => createFinding(db(), { cityId: f.city.id, departmentId: f.dept.id, due, verifiedOn });
    await finding("2026-07-10", "2026-07-09"); // fixed before the period: not needed
    await finding("2026-07-10", "2026-08-05"); // overdue, fixed inside the period: verified by the end, not needed
    await finding("2026-07-11", "2026-09-02"); // overdue, fixed after the end: needed
    await finding("2026-07-12", null); // overdue and open: needed
    await finding("2026-08-10", "2026-08-09"); // due in the period: needed
    await finding("2026-08-31", null); // due on the last day: in the period
    await finding("2026-09-05", null); // due after the period: not needed
    const withdrawn = await finding("2026-08-15", null);
    await db().finding.update({ where: { id: withdrawn.id }, data: { status: "WITHDRAWN", withdrawnAt: new Date() } });
    const otherCity = await createCity(db());
    const otherDept = await createDepartment(db(), { cityId: otherCity.id, name: "市城管局" });
    await createFinding(db(), { cityId: otherCity.id, departmentId: otherDept.id, due: "2026-08-12", verifiedOn: null });

    const input = await getRoundScoreInput(f.office.actor, round.id);
    const read = input.findings.map(({ due, verifiedAt }) => `${due}/${verifiedAt}`).sort();
    expect(read).toEqual(["2026-07-11/2026-09-02", "2026-07-12/null", "2026-08-10/2026-08-09", "2026-08-31/null"]);
  });
});

describe("GET /scores", () => {
  it("computes live: a stored score does not stand in for a changed check", async () => {
    const round = await f.newRound("2026-10-01", "2026-10-31");
    const check = await createCheck(db(), { round, criterionId: f.passFail.id, inspectorId: f.office.user.id, departmentIds: [f.dept.id], passed: true });
    const stored = await computeRoundScore(f.office.actor, { roundId: round.id });
    expect(stored.result.cityScore).toBe("100.0000");
    await db().check.update({ where: { id: check.id }, data: { passed: false } });
    expect((await getRoundScores(f.office.actor, round.id)).cityScore).toBe("0.0000");
    expect((await getRoundScoreInput(f.office.actor, round.id)).checks).toEqual([{ criterion: "I1-1-2", departments: ["市城管局"], outcome: { pass: false } }]);
    expect(((await db().roundScore.findUniqueOrThrow({ where: { roundId: round.id } })).result as { cityScore: string }).cityScore).toBe("100.0000");
  });
});
