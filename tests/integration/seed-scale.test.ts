import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { buildRoundScoreInput } from "@/lib/server/scoring/build-round-score-input";
import { scoreCalculatorInput } from "@/lib/server/scoring/get-round-scores";
import { parseScaleOptions } from "@/scripts/lib/scale/options";
import { ScaleProvinceExists, seedScaleProvince } from "@/scripts/lib/scale/seed-scale-province";

// npm run seed:scale with tiny numbers against the test database, which other files share: each
// run seeds its own province code, and every read is filtered by its cities.

const silent = () => ({ advance: () => undefined, done: () => undefined });
const code = `SCALE-T${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1e6)
  .toString(36)
  .toUpperCase()}`;
const argv = ["--cities", "2", "--departments", "5", "--sites", "10", "--rounds", "2", "--province", code, "--today", "2026-11-18"];

async function checkIdsOf(cityIds: string[]) {
  return (await db().check.findMany({ where: { cityId: { in: cityIds } }, select: { id: true }, orderBy: { id: "asc" } })).map((check) => check.id);
}

describe("seed:scale", () => {
  it("seeds a province of nominated cities with a year of closed weekly rounds that the engine scores, the same again after --reset", async () => {
    const options = parseScaleOptions(argv, { embedded: true, today: "2026-11-18" });
    const result = await seedScaleProvince(db(), options, silent);
    const cityId = { in: result.cityIds };

    const province = await db().province.findUniqueOrThrow({
      where: { code },
      include: { cities: { include: { cycles: { include: { rankingLists: true } } } } },
    });
    expect(province.cities).toHaveLength(2);
    for (const city of province.cities) {
      expect(city.isNominated).toBe(true);
      expect(city.cycles).toEqual([expect.objectContaining({ isCurrent: true, endYear: 2026 })]);
      expect(city.cycles[0].rankingLists).toEqual([expect.objectContaining({ isDefault: true, members: "ALL", metric: "COMPOSITE" })]);
    }
    const departments = await db().department.groupBy({ by: ["cityId", "kind"], where: { cityId }, _count: true });
    expect(departments.map((row) => [row.kind, row._count]).sort()).toEqual([
      ["BUREAU", 4],
      ["BUREAU", 4],
      ["STREET_OFFICE", 1],
      ["STREET_OFFICE", 1],
    ]);
    expect(await db().site.count({ where: { cityId } })).toBe(20);
    expect(await db().task.count({ where: { cityId } })).toBe(result.rows.Task);
    expect(result.rows.Task).toBe(2 * 5 * 2);

    const rounds = await db().inspectionRound.findMany({ where: { cityId }, include: { score: true } });
    expect(rounds).toHaveLength(4);
    expect(new Set(rounds.map((round) => `${round.kind} ${round.status}`))).toEqual(new Set(["WEEKLY CLOSED"]));
    expect(rounds.map((round) => round.periodEnd.toISOString().slice(0, 10)).sort()).toEqual(["2026-11-08", "2026-11-08", "2026-11-15", "2026-11-15"]);

    // Each round's checks are at its own city's sites, of criteria the round assesses at the site's type.
    const checks = await db().check.findMany({
      where: { cityId },
      select: {
        id: true,
        cityId: true,
        roundId: true,
        criterionId: true,
        visitStatus: true,
        round: { select: { cityId: true, editionId: true, sampledSiteIds: true, criteria: { select: { criterionId: true } } } },
        site: { select: { cityId: true, siteType: { select: { name: true } } } },
        criterion: { select: { editionId: true, method: true, siteTypeNames: true } },
        departments: { select: { department: { select: { cityId: true } } } },
      },
    });
    expect(checks).toHaveLength(result.rows.Check);
    expect(checks.length).toBeGreaterThan(20);
    for (const check of checks) {
      expect(check.round.cityId).toBe(check.cityId);
      expect(check.site?.cityId).toBe(check.cityId);
      expect(check.criterion.editionId).toBe(check.round.editionId);
      expect(check.criterion.method).toBe("FIELD");
      expect(check.criterion.siteTypeNames).toContain(check.site?.siteType.name);
      expect(check.round.criteria.map((row) => row.criterionId)).toContain(check.criterionId);
      expect(check.departments.length).toBeGreaterThan(0);
      for (const { department } of check.departments) expect(department.cityId).toBe(check.cityId);
    }
    const findings = await db().finding.findMany({ where: { cityId }, select: { check: { select: { cityId: true, visitStatus: true } }, status: true } });
    expect(findings).toHaveLength(result.rows.Finding);
    for (const finding of findings) expect(finding.check).toEqual(expect.objectContaining({ visitStatus: "INSPECTED" }));

    // Closed rounds score with the engine, and closing stored the same result.
    for (const round of rounds) {
      const input = await buildRoundScoreInput(db(), round);
      const output = scoreCalculatorInput(input);
      expect(input.checks.length).toBeGreaterThan(0);
      expect(output.cityScore).not.toBeNull();
      expect(round.score?.result).toEqual(JSON.parse(JSON.stringify(output)));
    }

    // The same code again is refused without --reset; with it, the same seed gives the same rows.
    const before = await checkIdsOf(result.cityIds);
    await expect(seedScaleProvince(db(), options, silent)).rejects.toBeInstanceOf(ScaleProvinceExists);
    const again = await seedScaleProvince(db(), { ...options, reset: true }, silent);
    expect(again.cityIds).toEqual(result.cityIds);
    expect(again.rows).toEqual(result.rows);
    expect(await checkIdsOf(again.cityIds)).toEqual(before);
  });
});
