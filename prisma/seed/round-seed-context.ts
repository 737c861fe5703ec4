import type { RectificationWindows } from "@/lib/domain/findings/finding-due-date";
import type { RubricKind } from "@/lib/domain/scoring/rubrics";
import type { Tx } from "@/lib/server/tx";
import { ALL_STREETS_NAME } from "./resolve-criterion-departments";
import type { SeedCriterion } from "./data/check-outcomes";
import type { Random } from "./data/task-fates";
import type { SampleFile } from "./evidence-images";

// What the round seed of one city reads before it writes: the edition's criteria with the city's
// responsible departments and rectification windows, and the city's active sites.

export type RoundSeedCriterion = SeedCriterion & {
  id: string;
  name: string;
  method: string;
  siteTypeNames: string[];
  rectificationWindows: RectificationWindows;
  leadIds: string[];
  coIds: string[];
};

export type RoundSeedSite = {
  id: string;
  code: string;
  typeName: string;
  street: string | null;
  latitude: string | null;
  longitude: string | null;
  responsibleDepartmentId: string;
};

export type RoundSeedDepartment = { id: string; name: string; shortName: string | null; kind: string };

export type RoundSeedContext = {
  cityId: string;
  editionId: string;
  today: string;
  now: Date;
  random: Random;
  criteria: RoundSeedCriterion[];
  sites: RoundSeedSite[];
  departments: RoundSeedDepartment[];
  officeUserId: string;
  inspectorUserId: string;
  /** The liaison who replies for its department; other departments' replies are typed in by the office. */
  liaison: { userId: string; departmentId: string } | null;
  photos: readonly SampleFile[];
};

/** Lead and co-departments by criterion: the city's resolved rows, or (a city that never adopted the edition) its departments by name. */
function departmentsOf(
  criterion: { id: string; leadDepartmentName: string | null; coDepartmentNames: string[] },
  rows: ReadonlyArray<{ criterionId: string; departmentId: string; role: string }>,
  departments: readonly RoundSeedDepartment[],
) {
  const own = rows.filter((row) => row.criterionId === criterion.id);
  if (own.length > 0) {
    return {
      leadIds: own.filter((row) => row.role === "LEAD").map((row) => row.departmentId),
      coIds: own.filter((row) => row.role === "CO").map((row) => row.departmentId),
    };
  }
  const byName = (name: string) =>
    name === ALL_STREETS_NAME
      ? departments.filter((d) => d.kind === "STREET_OFFICE").map((d) => d.id)
      : departments.filter((d) => d.name === name).map((d) => d.id);
  const leadIds = criterion.leadDepartmentName ? byName(criterion.leadDepartmentName) : [];
  return { leadIds, coIds: criterion.coDepartmentNames.flatMap(byName).filter((id) => !leadIds.includes(id)) };
}

export async function loadRoundSeedContext(tx: Tx, base: Omit<RoundSeedContext, "criteria" | "sites" | "departments">): Promise<RoundSeedContext> {
  const [city, criteria, responsibilities, settings, sites, departments] = await Promise.all([
    tx.city.findUniqueOrThrow({ where: { id: base.cityId }, select: { rectificationDays: true } }),
    tx.criterion.findMany({
      where: { editionId: base.editionId, OR: [{ cityId: null }, { cityId: base.cityId }] },
      orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    }),
    tx.cityCriterionDepartment.findMany({ where: { cityId: base.cityId } }),
    tx.cityCriterionSetting.findMany({ where: { cityId: base.cityId } }),
    tx.site.findMany({ where: { cityId: base.cityId, deletedAt: null }, include: { siteType: { select: { name: true } } }, orderBy: { code: "asc" } }),
    tx.department.findMany({ where: { cityId: base.cityId, deletedAt: null }, select: { id: true, name: true, shortName: true, kind: true } }),
  ]);
  const settingOf = new Map(settings.map((setting) => [setting.criterionId, setting]));
  return {
    ...base,
    departments,
    criteria: criteria
      .filter((criterion) => !settingOf.get(criterion.id)?.isExcluded)
      .map((criterion) => ({
        id: criterion.id,
        code: criterion.code,
        name: criterion.name,
        method: criterion.method,
        points: criterion.points.toString(),
        rubricKind: criterion.rubricKind as RubricKind,
        rubricParams: (criterion.rubricParams ?? {}) as Record<string, unknown>,
        siteTypeNames: criterion.siteTypeNames,
        rectificationWindows: {
          cityCriterionDays: settingOf.get(criterion.id)?.rectificationDays,
          criterionDays: criterion.rectificationDays,
          cityDays: city.rectificationDays,
        },
        ...departmentsOf(criterion, responsibilities, departments),
      })),
    sites: sites.map((site) => ({
      id: site.id,
      code: site.code,
      typeName: site.siteType.name,
      street: site.street,
      latitude: site.latitude?.toString() ?? null,
      longitude: site.longitude?.toString() ?? null,
      responsibleDepartmentId: site.responsibleDepartmentId,
    })),
  };
}
