import { formatSiteCode } from "@/lib/domain/sites/site-code";
import type { Tx } from "@/lib/server/tx";
import { ensureSiteTypes } from "@/tests/factories/site";
import { DEMO_CITY_SITE_PLAN, OTHER_CITY_SITE_PLAN, planSites, type PlannedSite, type SitePlanEntry } from "./data/demo-site-plan";
import { JIAYUGUAN_SITES } from "./data/jiayuguan-sites";
import { SITE_TYPE_NAMES } from "./data/site-types";
import type { DemoCity } from "./seed-organisation";

type CityDepartments = ReadonlyArray<{ id: string; name: string; shortName: string | null; kind: string }>;
type SiteRow = Omit<PlannedSite, "owner"> & { department: string };

// Sites of one city, codes D-0001 … in order, in one statement.
async function writeSites(tx: Tx, cityId: string, departments: CityDepartments, types: Map<string, { id: string }>, rows: readonly SiteRow[]) {
  const byName = new Map(departments.map((department) => [department.name, department.id]));
  const idOf = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`演示点位引用了不存在的名称：${name}`);
    return value;
  };
  return tx.site.createManyAndReturn({
    data: rows.map(({ type, department, ...site }, index) => ({
      ...site,
      cityId,
      code: formatSiteCode(index + 1),
      siteTypeId: idOf(types.get(type), type).id,
      responsibleDepartmentId: idOf(byName.get(department), department),
    })),
  });
}

/** A planned site's responsible unit: its bureau if the city has one, else its street's office. */
function ownerOf(owner: PlannedSite["owner"], street: string, departments: CityDepartments): string {
  if (owner !== "street" && departments.some((department) => department.name === owner)) return owner;
  const office = departments.find((department) => department.kind === "STREET_OFFICE" && (department.shortName ?? department.name) === street);
  return office?.name ?? departments.find((department) => department.kind === "STREET_OFFICE")!.name;
}

// Around each city's centre (嘉峪关 by default).
const CENTRES: Record<string, [number, number]> = { zhangye: [38.93, 100.45], jiuquan: [39.73, 98.49] };

function plannedRows(
  plan: readonly SitePlanEntry[],
  departments: CityDepartments,
  existing: ReadonlyArray<{ type: string; name: string }>,
  slug: string,
  seed: number,
) {
  const streets = departments.filter((department) => department.kind === "STREET_OFFICE").map((department) => department.shortName ?? department.name);
  return planSites(plan, { streets, existing, centre: CENTRES[slug] ?? [39.77, 98.29], seed }).map(({ owner, ...site }) => ({
    ...site,
    department: ownerOf(owner, site.street, departments),
  }));
}

/**
 * The manual's 26 site types (kept if they exist); the demo city's ~300 sites (the hand-written
 * ones first, then generated ones up to each type's planned count) over its six streets; and
 * about twenty sites in each other city of the demo province, so their rounds have sites too.
 */
export async function seedSites(tx: Tx, { city, departments }: DemoCity) {
  const types = await ensureSiteTypes(tx, SITE_TYPE_NAMES);
  const handWritten: SiteRow[] = JIAYUGUAN_SITES.map((site) => ({ ...site }));
  const demo = await writeSites(tx, city.id, departments, types, [
    ...handWritten,
    ...plannedRows(DEMO_CITY_SITE_PLAN, departments, handWritten, city.slug, 2021),
  ]);
  const others = await tx.city.findMany({
    where: { provinceId: city.provinceId, id: { not: city.id } },
    orderBy: { slug: "asc" },
    select: { id: true, slug: true, departments: { where: { deletedAt: null }, select: { id: true, name: true, shortName: true, kind: true } } },
  });
  const rest = [];
  for (const [index, other] of others.entries()) {
    rest.push(
      ...(await writeSites(tx, other.id, other.departments, types, plannedRows(OTHER_CITY_SITE_PLAN, other.departments, [], other.slug, 3000 + index))),
    );
  }
  return [...demo, ...rest];
}
