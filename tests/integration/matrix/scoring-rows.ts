import { db } from "@/lib/db";
import { computeRoundScore } from "@/lib/server/scoring/compute-round-score";
import { getRoundScores } from "@/lib/server/scoring/get-round-scores";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { ANY, CITY, NOWHERE, grants, type MatrixFixture, type MatrixRow } from "./types";

// Editions are not city rows: one shared edition serves every case's round.
let edition: Promise<{ id: string }> | undefined;

async function roundAt(fixture: MatrixFixture) {
  edition ??= createEditionFromTree(db()).then((created) => created.edition);
  return createRound(db(), { cityId: fixture.cityId, editionId: (await edition).id, createdById: fixture.home.actors.systemAdmin.id });
}

export const scoringRows: MatrixRow[] = [
  {
    action: "round-score.read",
    run: async (actor, fixture) => getRoundScores(actor, (await roundAt(fixture)).id),
    // Supervisors read published results only: a round's draft scores do not exist for them (404).
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: NOWHERE, CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
  {
    action: "round-score.compute",
    run: async (actor, fixture) => computeRoundScore(actor, { roundId: (await roundAt(fixture)).id }),
    expect: grants({ CITY_ADMIN: CITY, INSPECTOR: CITY }),
  },
];
