import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getRoundScoreInput, getRoundScores } from "@/lib/server/scoring/get-round-scores";
import { createCityScenario, type CityScenario } from "@/tests/factories/scenario";
import { createCheckFinding, createRecheckRound } from "./findings-world";

// A 回头看 round confirms fixes or reopens findings and produces no scores (issue 8 §2): its
// /scores and /scores/input must not present a city score computed from no checks.

let s: CityScenario;
beforeAll(async () => {
  s = await createCityScenario(db());
});

describe("a RECHECK round's scores", () => {
  it("are refused (409), open or closed, while a scored round of the city computes", async () => {
    const { finding, round: scored } = await createCheckFinding(db(), { cityId: s.cityA.id, departmentId: s.departmentA1.id, status: "VERIFIED" });
    for (const status of ["IN_PROGRESS", "CLOSED"] as const) {
      const recheck = await createRecheckRound(db(), s.cityA.id, [finding.id], status);
      await expect(getRoundScores(s.actors.cityAdminA, recheck.id)).rejects.toMatchObject({ status: 409, code: "ROUND_NOT_SCORED" });
      await expect(getRoundScoreInput(s.actors.cityAdminA, recheck.id)).rejects.toMatchObject({ status: 409, code: "ROUND_NOT_SCORED" });
      await expect(getRoundScores(s.actors.cityAdminB, recheck.id)).rejects.toMatchObject({ status: 404 });
    }
    await expect(getRoundScores(s.actors.cityAdminA, scored.id)).resolves.toHaveProperty("cityScore");
  });
});
