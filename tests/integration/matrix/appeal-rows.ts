import { db } from "@/lib/db";
import { answerAppeal } from "@/lib/server/appeals/answer-appeal";
import { fileAppeal } from "@/lib/server/appeals/file-appeal";
import { getDraftResultForDepartment } from "@/lib/server/appeals/get-draft-result";
import { listAppeals } from "@/lib/server/appeals/list-appeals";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { CITY, OWN, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// Appeals: "the record" is a round of the target's city that closed today, in a city with a 7-day
// appeal window (the appeal itself, for answering and reading, is the target department's). A
// liaison always appeals for its own department, so any round of its city is its to appeal.

let edition: Promise<{ id: string }> | undefined;

async function closedRoundAt(fixture: MatrixFixture) {
  edition ??= createEditionFromTree(db()).then((created) => created.edition);
  await db().city.update({ where: { id: fixture.cityId }, data: { appealDays: 7 } });
  const round = await createRound(db(), {
    cityId: fixture.cityId,
    editionId: (await edition).id,
    createdById: fixture.home.actors.systemAdmin.id,
    status: "CLOSED",
  });
  return db().inspectionRound.update({ where: { id: round.id }, data: { closedAt: new Date() } });
}

async function appealAt(fixture: MatrixFixture) {
  const round = await closedRoundAt(fixture);
  return db().appeal.create({
    data: {
      cityId: fixture.cityId,
      roundId: round.id,
      departmentId: fixture.departmentId,
      reason: "矩阵申诉理由",
      createdById: fixture.home.actors.systemAdmin.id,
    },
  });
}

export const appealRows: MatrixRow[] = [
  {
    action: "appeal.file",
    run: async (actor, fixture) => fileAppeal(actor, { roundId: (await closedRoundAt(fixture)).id, reason: "扣分依据有误，请复核" }),
    expect: grants({ DEPARTMENT_LIAISON: CITY }),
  },
  {
    action: "appeal.answer",
    run: async (actor, fixture) => answerAppeal(actor, { id: (await appealAt(fixture)).id, answer: "经复核维持原结果" }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "appeal.list (read)",
    run: async (actor, fixture) => {
      const appeal = await appealAt(fixture);
      assertListed((await listAppeals(actor, { roundId: appeal.roundId })).items, appeal.id);
    },
    expect: grants({ CITY_ADMIN: CITY, DEPARTMENT_LIAISON: OWN }),
  },
  {
    action: "appeal.draft-result (read)",
    run: async (actor, fixture) => getDraftResultForDepartment(actor, (await closedRoundAt(fixture)).id),
    expect: grants({ DEPARTMENT_LIAISON: CITY }),
  },
];
