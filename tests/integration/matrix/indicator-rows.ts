import { db } from "@/lib/db";
import { adoptEdition } from "@/lib/server/indicators/city/adopt-edition";
import { createLocalCriterion } from "@/lib/server/indicators/city/create-local-criterion";
import { deleteLocalCriterion } from "@/lib/server/indicators/city/delete-local-criterion";
import { getCityIndicatorSetup } from "@/lib/server/indicators/city/get-city-indicator-setup";
import { listDepartmentCriteria } from "@/lib/server/indicators/city/list-department-criteria";
import { mapDepartmentName } from "@/lib/server/indicators/city/map-department-name";
import { updateCriterionLocalization } from "@/lib/server/indicators/city/update-criterion-localization";
import { createCycle } from "@/tests/factories/cycle";
import { createEditionFromTree } from "@/tests/factories/edition";
import { uniqueSuffix } from "@/tests/factories/unique";
import { ANY, CITY, OWN, PROVINCE, grants, type MatrixFixture, type MatrixRow } from "./types";

// The city side of the indicator system. Each city of the matrix gets its own edition, adopted
// by a current cycle, so a criterion of one city's edition is outside every other city's.

const adopted = new Map<string, ReturnType<typeof adoptFor>>();

async function adoptFor(cityId: string) {
  const { edition, contents, criteria } = await createEditionFromTree(db());
  await createCycle(db(), { cityId, editionId: edition.id, isCurrent: true });
  return { edition, content: contents[0], criterion: criteria[0] };
}

function adoptedEditionOf(cityId: string) {
  if (!adopted.has(cityId)) adopted.set(cityId, adoptFor(cityId));
  return adopted.get(cityId)!;
}

async function freshLocalCriterion(f: MatrixFixture) {
  const { edition, content } = await adoptedEditionOf(f.cityId);
  return db().criterion.create({
    data: {
      editionId: edition.id,
      contentId: content.id,
      cityId: f.cityId,
      code: `L-${uniqueSuffix()}`,
      name: "本地标准",
      points: 1,
      method: "MATERIAL",
      rubricKind: "PASS_FAIL",
    },
  });
}

export const indicatorRows: MatrixRow[] = [
  {
    action: "indicator.adopt-edition",
    run: async (actor, f) => {
      const cycle = await createCycle(db(), { cityId: f.cityId, startYear: 2030 });
      const { edition } = await createEditionFromTree(db());
      return adoptEdition(actor, { cycleId: cycle.id, editionId: edition.id });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "indicator.map-department-name",
    run: (actor, f) => mapDepartmentName(actor, { name: `矩阵局${uniqueSuffix()}`, departmentId: f.departmentId }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "indicator.localize-criterion",
    run: async (actor, f) => {
      const { criterion } = await adoptedEditionOf(f.cityId);
      return updateCriterionLocalization(actor, { criterionId: criterion.id, leadDepartmentId: f.departmentId, rectificationDays: 3 });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "indicator.create-local-criterion",
    run: async (actor, f) => {
      const { content } = await adoptedEditionOf(f.cityId);
      return createLocalCriterion(actor, {
        contentId: content.id,
        code: `L-${uniqueSuffix()}`,
        name: "矩阵本地标准",
        points: 1,
        method: "FIELD",
        rubricKind: "PROPORTION",
        leadDepartmentId: f.departmentId,
      });
    },
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "indicator.delete-local-criterion",
    run: async (actor, f) => deleteLocalCriterion(actor, { id: (await freshLocalCriterion(f)).id }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "indicator.city-setup",
    // Always the admin's own city: there is no record to place.
    run: (actor) => getCityIndicatorSetup(actor),
    expect: grants({ CITY_ADMIN: ANY }),
  },
  {
    action: "indicator.department-criteria",
    run: async (actor, f) => {
      await adoptedEditionOf(f.cityId);
      return listDepartmentCriteria(actor, f.departmentId);
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN }),
  },
];
