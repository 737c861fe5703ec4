import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { correctCheck } from "@/lib/server/checks/correct-check";
import { submitCheck } from "@/lib/server/checks/submit-check";
import { assignRoundInspector } from "@/lib/server/rounds/assign-round-inspector";
import { closeRound } from "@/lib/server/rounds/close-round";
import { createRound } from "@/lib/server/rounds/create-round";
import { getChecklist } from "@/lib/server/rounds/get-checklist";
import { getRoundDetail } from "@/lib/server/rounds/get-round-detail";
import { listRounds } from "@/lib/server/rounds/list-rounds";
import { reopenRound } from "@/lib/server/rounds/reopen-round";
import { startRound } from "@/lib/server/rounds/start-round";
import { createCycle } from "@/tests/factories/cycle";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound as createRoundRow } from "@/tests/factories/inspection";
import { createSite, ensureSiteTypes } from "@/tests/factories/site";
import { uniqueSuffix } from "@/tests/factories/unique";
import { ANY, CITY, grants, type MatrixFixture, type MatrixRow } from "./types";

// Rounds and checks: "the record" is a round of the target's city over a fresh site of the target
// department, with one field criterion of an edition that city adopted. A round names no
// inspector, so every inspector of its city may start it and check in it.

const TYPE = "矩阵点位类型";
let edition: Promise<{ editionId: string; criterionId: string }> | undefined;
const adopted = new Map<string, Promise<void>>();

function sharedEdition() {
  edition ??= (async () => {
    await ensureSiteTypes(db(), [TYPE]);
    const source = {
      edition: "矩阵督查体系",
      code: "MX",
      categories: [
        {
          code: "M1",
          name: "环境",
          contents: [
            {
              code: "M1-1",
              name: "市容",
              criteria: [{ code: "M-1", name: "整洁", points: 2, method: "FIELD", site_types: [TYPE], rubric: { kind: "PASS_FAIL" } }],
            },
          ],
        },
      ],
    };
    const { edition: row, criteria } = await createEditionFromTree(db(), { source });
    return { editionId: row.id, criterionId: criteria[0].id };
  })();
  return edition;
}

/** The city has adopted the shared edition (once per city) and the department leads its criterion there. */
async function adopt(cityId: string, departmentId: string) {
  const { editionId, criterionId } = await sharedEdition();
  if (!adopted.has(cityId))
    adopted.set(
      cityId,
      createCycle(db(), { cityId, editionId, isCurrent: true, startYear: 2025 }).then(() => undefined),
    );
  await adopted.get(cityId);
  await db().cityCriterionDepartment.createMany({ data: [{ cityId, criterionId, departmentId, role: "LEAD" }], skipDuplicates: true });
  return { editionId, criterionId };
}

async function siteOf(f: MatrixFixture) {
  await adopt(f.home.cityA.id, f.home.departmentA1.id);
  const { editionId, criterionId } = await adopt(f.cityId, f.departmentId);
  const types = await ensureSiteTypes(db(), [TYPE]);
  const site = await createSite(db(), { cityId: f.cityId, responsibleDepartmentId: f.departmentId, siteTypeId: types.get(TYPE)!.id });
  return { site, editionId, criterionId };
}

/** A round of the target city over one fresh site, in the status asked for. */
async function roundOf(f: MatrixFixture, status: "PLANNED" | "IN_PROGRESS" | "CLOSED") {
  const { site, editionId, criterionId } = await siteOf(f);
  const creator = f.home.actors.cityAdminA.id;
  const round = await createRoundRow(db(), { cityId: f.cityId, editionId, createdById: creator, status, periodStart: "2026-03-01", periodEnd: "2026-03-31" });
  await db().roundSite.create({ data: { roundId: round.id, siteId: site.id } });
  await db().roundCriterion.create({ data: { roundId: round.id, criterionId } });
  return { round, site, criterionId };
}

const checkInput = (roundId: string, criterionId: string, siteId: string) => ({
  roundId,
  clientKey: `matrix-${uniqueSuffix()}`,
  criterionId,
  siteId,
  visitStatus: "INSPECTED",
  outcome: { pass: true },
});

// No supervisor: rounds and their checks are unpublished results (it reads publications).
const READERS = { SYSTEM_ADMIN: ANY, CITY_ADMIN: CITY, INSPECTOR: CITY };
const OFFICE = { CITY_ADMIN: CITY };
const CHECKERS = { CITY_ADMIN: CITY, INSPECTOR: CITY };

export const roundRows: MatrixRow[] = [
  {
    action: "round.list",
    run: async (actor, f) => {
      const { round } = await roundOf(f, "PLANNED");
      const { items } = await listRounds(actor, { from: "2026-03-31", to: "2026-03-31", pageSize: 500 });
      if (!items.some((item) => item.id === round.id)) throw new AppError("NOT_FOUND", "not listed", 404);
    },
    expect: grants(READERS),
  },
  { action: "round.detail", run: async (actor, f) => getRoundDetail(actor, (await roundOf(f, "PLANNED")).round.id), expect: grants(READERS) },
  {
    action: "round.checklist",
    run: async (actor, f) => {
      const { round, site } = await roundOf(f, "IN_PROGRESS");
      return getChecklist(actor, round.id, site.id);
    },
    expect: grants(READERS),
  },
  {
    // Creating names a site of the target's city; an inspector may create only when the city allows (here it does not).
    action: "round.create",
    run: async (actor, f) => {
      const { site } = await siteOf(f);
      return createRound(actor, { name: "矩阵轮次", kind: "WEEKLY", periodStart: "2026-03-01", periodEnd: "2026-03-31", siteIds: [site.id] });
    },
    expect: grants(OFFICE),
  },
  { action: "round.start", run: async (actor, f) => startRound(actor, { id: (await roundOf(f, "PLANNED")).round.id }), expect: grants(CHECKERS) },
  { action: "round.close", run: async (actor, f) => closeRound(actor, { id: (await roundOf(f, "IN_PROGRESS")).round.id }), expect: grants(OFFICE) },
  {
    action: "round.reopen",
    run: async (actor, f) => reopenRound(actor, { id: (await roundOf(f, "CLOSED")).round.id, reason: "矩阵" }),
    expect: grants(OFFICE),
  },
  {
    action: "round.assign-inspector",
    run: async (actor, f) => {
      const { round, site } = await roundOf(f, "PLANNED");
      return assignRoundInspector(actor, { roundId: round.id, siteId: site.id, inspectorId: null });
    },
    expect: grants(OFFICE),
  },
  {
    action: "check.submit",
    run: async (actor, f) => {
      const { round, site, criterionId } = await roundOf(f, "IN_PROGRESS");
      return submitCheck(actor, checkInput(round.id, criterionId, site.id));
    },
    expect: grants(CHECKERS),
  },
  {
    action: "check.correct",
    run: async (actor, f) => {
      const { round, site, criterionId } = await roundOf(f, "IN_PROGRESS");
      const { check } = await submitCheck(adminOf(f), checkInput(round.id, criterionId, site.id));
      return correctCheck(actor, { id: check.id, version: 1, visitStatus: "INSPECTED", outcome: { pass: false } });
    },
    expect: grants(CHECKERS),
  },
];

/** The target city's office, to make the check a correction is tried on. */
function adminOf(f: MatrixFixture) {
  const scenario = [f.home, f.away].find((s) => s.cityA.id === f.cityId || s.cityB.id === f.cityId)!;
  return scenario.cityA.id === f.cityId ? scenario.actors.cityAdminA : scenario.actors.cityAdminB;
}
