import { db } from "@/lib/db";
import { compareCriterion } from "@/lib/server/console/compare-criterion";
import { exportPublication } from "@/lib/server/console/export-publication";
import { getCityConsole } from "@/lib/server/console/get-city-console";
import { getDepartmentDrilldown } from "@/lib/server/console/get-department-drilldown";
import { getProvinceOverview } from "@/lib/server/console/get-province-overview";
import { getPublicationView } from "@/lib/server/console/get-publication-view";
import { buildRoundSnapshot, insertRoundPublication, sampleInput } from "@/tests/support/publication-snapshots";
import { ANY, CITY, OWN, PROVINCE, assertListed, grants, type MatrixFixture, type MatrixRow } from "./types";

// The supervisor's console compares cities: the system admin reads all, a supervisor its province,
// and one city's readers are refused (403). A publication's page, its export and a department's
// checks follow the publications' own scope; a liaison drills into its own department only.

/** A round publication of the fixture's city whose first department is the fixture's. */
async function publicationAt(fixture: MatrixFixture) {
  const [city, department] = await Promise.all([
    db().city.findUniqueOrThrow({ where: { id: fixture.cityId }, select: { id: true, name: true, slug: true } }),
    db().department.findUniqueOrThrow({ where: { id: fixture.departmentId }, select: { name: true } }),
  ]);
  const snapshot = buildRoundSnapshot({ city, input: sampleInput({ start: "2026-11-01", end: "2026-11-30" }, { a: department.name, b: "矩阵对照单位" }) });
  const publication = await insertRoundPublication(db(), { cityId: city.id, snapshot, publishedById: fixture.home.actors.systemAdmin.id });
  return { publication, city, department: department.name };
}

const CONSOLE = grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE });
const READERS = grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: CITY });

export const consoleRows: MatrixRow[] = [
  {
    action: "console.province-overview",
    run: async (actor, fixture) => {
      await publicationAt(fixture);
      assertListed(await getProvinceOverview(actor), fixture.cityId);
    },
    expect: CONSOLE,
  },
  {
    action: "console.city",
    run: async (actor, fixture) => getCityConsole(actor, (await publicationAt(fixture)).city.slug),
    expect: CONSOLE,
  },
  {
    action: "console.criterion-comparison",
    run: async (actor, fixture) => {
      const { city } = await publicationAt(fixture);
      const { rows } = await compareCriterion(actor, "1.1");
      assertListed(
        rows.map((row) => ({ id: row.city.slug })),
        city.slug,
      );
    },
    expect: CONSOLE,
  },
  {
    action: "console.publication",
    run: async (actor, fixture) => getPublicationView(actor, (await publicationAt(fixture)).publication.id),
    expect: READERS,
  },
  {
    action: "console.publication-export",
    run: async (actor, fixture) => exportPublication(actor, (await publicationAt(fixture)).publication.id),
    expect: READERS,
  },
  {
    action: "console.department-checks",
    run: async (actor, fixture) => {
      const { publication, department } = await publicationAt(fixture);
      return getDepartmentDrilldown(actor, publication.id, department);
    },
    expect: grants({ SYSTEM_ADMIN: ANY, PROVINCE_SUPERVISOR: PROVINCE, CITY_ADMIN: CITY, INSPECTOR: CITY, DEPARTMENT_LIAISON: OWN }),
  },
];
