import { db } from "@/lib/db";
import { addDays } from "@/lib/domain/dates";
import { correctProvincePublication } from "@/lib/server/publications/correct-province-publication";
import { correctPublication } from "@/lib/server/publications/correct-publication";
import { getPublication } from "@/lib/server/publications/get-publication";
import { listPublications, parsePublicationQuery } from "@/lib/server/publications/list-publications";
import { previewProvincePublication } from "@/lib/server/publications/preview-province-publication";
import { previewPublication } from "@/lib/server/publications/preview-publication";
import { publishProvincePublication } from "@/lib/server/publications/publish-province-publication";
import { publishPublication } from "@/lib/server/publications/publish-publication";
import { createEditionFromTree } from "@/tests/factories/edition";
import { createRound } from "@/tests/factories/inspection";
import { ANY, CITY, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow, type PositionOutcomes } from "./types";

// A province publication belongs to no city: the city's readers never see one; a supervisor sees its own province's.
const NONE: PositionOutcomes = { own: "notFound", otherDepartment: "notFound", otherCity: "notFound", otherProvince: "notFound" };

// Editions are not city rows: one shared edition serves every case's round.
let edition: Promise<{ id: string }> | undefined;

async function closedRoundAt(fixture: MatrixFixture) {
  edition ??= createEditionFromTree(db()).then((created) => created.edition);
  return createRound(db(), {
    cityId: fixture.cityId,
    editionId: (await edition).id,
    createdById: fixture.home.actors.systemAdmin.id,
    kind: "WEEKLY",
    status: "CLOSED",
  });
}

/** The office of the fixture's city. */
function officeAt(fixture: MatrixFixture) {
  if (fixture.position === "otherProvince") return fixture.away.actors.cityAdminA;
  return fixture.position === "otherCity" ? fixture.home.actors.cityAdminB : fixture.home.actors.cityAdminA;
}

/** A publication of a round of the fixture's city, published by its own office. */
async function publicationAt(fixture: MatrixFixture) {
  return publishPublication(officeAt(fixture), { kind: "ROUND", roundId: (await closedRoundAt(fixture)).id });
}

// A province publication of its own day each time (one standing publication per kind and period).
let day = 0;
const provinceBody = () => {
  const date = addDays("2031-01-01", (day += 1));
  return { scope: "PROVINCE", kind: "ROUND", periodStart: date, periodEnd: date };
};

/** A province publication of the fixture's province, published by its own supervisor. */
async function provincePublicationAt(fixture: MatrixFixture) {
  const supervisor = fixture.position === "otherProvince" ? fixture.away.actors.supervisor : fixture.home.actors.supervisor;
  return publishProvincePublication(supervisor, provinceBody());
}

const READERS = { SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY };

export const publicationRows: MatrixRow[] = [
  {
    action: "publication.preview",
    run: async (actor, fixture) => previewPublication(actor, { kind: "ROUND", roundId: (await closedRoundAt(fixture)).id }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "publication.publish",
    run: async (actor, fixture) => publishPublication(actor, { kind: "ROUND", roundId: (await closedRoundAt(fixture)).id }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "publication.correct",
    run: async (actor, fixture) => correctPublication(actor, { id: (await publicationAt(fixture)).id, reason: "矩阵测试更正" }),
    expect: grants({ CITY_ADMIN: CITY }),
  },
  {
    action: "publication.read",
    run: async (actor, fixture) => getPublication(actor, (await publicationAt(fixture)).id),
    expect: grants(READERS),
  },
  {
    action: "publication.list",
    run: async (actor, fixture) => {
      const { id } = await publicationAt(fixture);
      assertListed((await listPublications(actor, parsePublicationQuery({ pageSize: "500" }))).items, id);
    },
    expect: grants(READERS),
  },

  // The province is the supervisor's own: no record position can be out of its reach.
  {
    action: "publication.preview-province",
    run: async (actor) => previewProvincePublication(actor, provinceBody()),
    expect: grants({ PROVINCE_SUPERVISOR: ANY }),
  },
  {
    action: "publication.publish-province",
    run: async (actor) => publishProvincePublication(actor, provinceBody()),
    expect: grants({ PROVINCE_SUPERVISOR: ANY }),
  },
  {
    action: "publication.correct-province",
    run: async (actor, fixture) => correctProvincePublication(actor, { id: (await provincePublicationAt(fixture)).id, reason: "矩阵测试更正" }),
    expect: grants({ PROVINCE_SUPERVISOR: PROVINCE }),
  },
  {
    action: "publication.read (province)",
    run: async (actor, fixture) => getPublication(actor, (await provincePublicationAt(fixture)).id),
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: NONE, INSPECTOR: NONE, DEPARTMENT_LIAISON: NONE }),
  },
];
